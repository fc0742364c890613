package org.civic.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, one connection per request: sends the request target exactly as
 * given (invalid percent-encodings, {@code |<{}, {@code ;}, {@code ..}: what no URI class lets through) and
 * reads the whole answer.
 */
final class RawHttp {

    record Answer(int status, List<String[]> headers, byte[] body, String error) {
        String header(String name) {
            for (String[] header : headers) {
                if (header[0].equalsIgnoreCase(name)) {
                    return header[1];
                }
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int MAX_ANSWER = 8 * 1024 * 1024;

    private final int port;
    private final int timeoutMillis;

    RawHttp(int port, int timeoutMillis) {
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    Answer send(String method, String target, List<String[]> headers, byte[] body) {
        return send(method, target, headers, body, null);
    }

    /** With a {@code start} barrier: connects, waits for the others, then writes (requests that really race). */
    Answer send(String method, String target, List<String[]> headers, byte[] body, CyclicBarrier start) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            if (start != null) {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // go anyway
                }
            }
            socket.setSoTimeout(timeoutMillis);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            for (String[] header : headers) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            String writeError = null;
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // the server may answer (413, 400) and close before it read everything: read what it said
                writeError = e.toString();
            }
            byte[] raw = readAll(socket.getInputStream());
            if (raw.length == 0) {
                return new Answer(
                        -1, List.of(), new byte[0], writeError == null ? "closed without an answer" : writeError);
            }
            return parse(raw);
        } catch (IOException e) {
            return new Answer(-1, List.of(), new byte[0], e.toString());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        try {
            int n;
            while ((n = in.read(chunk)) >= 0 && buffer.size() < MAX_ANSWER) {
                buffer.write(chunk, 0, n);
            }
        } catch (SocketException e) {
            // reset after the answer: keep what arrived
        }
        return buffer.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            return new Answer(-1, List.of(), raw, "no end of headers");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {
                    lines[i].substring(0, colon).trim(),
                    lines[i].substring(colon + 1).trim()
                });
            }
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase("Transfer-Encoding")
                    && header[1].toLowerCase(Locale.ROOT).contains("chunked")) {
                body = dechunk(body);
            }
        }
        return new Answer(status, headers, body, null);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (length == 0) {
                break;
            }
            int from = lineEnd + 2;
            out.write(body, from, Math.min(length, body.length - from));
            at = from + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
