package org.civic.gateway.client;

/** A service refused the request itself (a 4xx other than 404): its problem is the caller's answer. */
public class ClientError extends RuntimeException {

    private final int status;
    private final String body;

    public ClientError(int status, String body) {
        super("status " + status, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
