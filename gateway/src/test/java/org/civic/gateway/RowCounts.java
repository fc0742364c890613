package org.civic.gateway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts of every table of the suite's test databases (the gateway's and the three services'), one
 * statement per database, so that a test can tell whether a request stored anything. Read models are left out
 * (progress's {@code plan_*} tables and {@code programme_version}): they copy, asynchronously, what another table here
 * already holds, so they change after a request that stored something, while later ones are answered.
 */
final class RowCounts implements AutoCloseable {

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();

    /** {@code databases}: a name for each database and its JDBC URL, user and password. */
    RowCounts(Map<String, String[]> databases) throws SQLException {
        for (Map.Entry<String, String[]> db : databases.entrySet()) {
            String[] access = db.getValue();
            Connection connection = DriverManager.getConnection(access[0], access[1], access[2]);
            connection.setAutoCommit(true);
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                    + "AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' "
                                    + "AND table_name NOT LIKE 'plan\\_%' AND table_name <> 'programme_version' ORDER BY 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables in " + db.getKey() + " (" + access[0] + ")");
            }
            StringBuilder query = new StringBuilder();
            for (String table : tables) {
                if (!query.isEmpty()) {
                    query.append(" UNION ALL ");
                }
                query.append("SELECT '")
                        .append(table)
                        .append("', count(*) FROM \"")
                        .append(table)
                        .append('"');
            }
            connections.put(db.getKey(), connection);
            queries.put(db.getKey(), query.toString());
        }
    }

    /** {@code database.table} → rows, in a stable order. */
    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, Connection> db : connections.entrySet()) {
            try (Statement statement = db.getValue().createStatement();
                    ResultSet rows = statement.executeQuery(queries.get(db.getKey()))) {
                while (rows.next()) {
                    counts.put(db.getKey() + "." + rows.getString(1), rows.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the rows of " + db.getKey(), e);
            }
        }
        return counts;
    }

    /** The tables whose count differs, as {@code table before→after}. */
    static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, count) -> {
            Long was = before.getOrDefault(table, 0L);
            if (!was.equals(count)) {
                changed.add(table + " " + was + "→" + count);
            }
        });
        return changed;
    }

    int tables() {
        return queries.values().stream()
                .mapToInt(q -> q.split(" UNION ALL ").length)
                .sum();
    }

    @Override
    public void close() {
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        });
    }
}
