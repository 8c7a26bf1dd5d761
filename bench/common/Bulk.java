package common;

import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/**
 * Writes generated rows fast: COPY on PostgreSQL, multi-row INSERTs on H2, while another thread generates the next
 * batch. Values are numbers, booleans, texts (never holding tabs, newlines or backslashes: refused rather than escaped),
 * {@link OffsetDateTime}s and other objects whose toString() PostgreSQL reads (LocalTime).
 */
public record Bulk(Connection db, boolean postgres) {

    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");
    static final int ROWS_PER_STATEMENT = 100;
    private static final Object END = new Object();

    /** What generates: hands each batch to {@code sink}, in order. */
    public interface Producer<B> {
        void produce(Sink<B> sink) throws Exception;
    }

    public interface Sink<B> {
        void put(B batch) throws InterruptedException;
    }

    public interface Writer<B> {
        void write(B batch) throws Exception;
    }

    /**
     * Generates on a thread of its own and writes on this one, a transaction a batch; prints progress every 500,000
     * {@code unit}s. Returns the number of units written.
     */
    public <B> long pipeline(String unit, Producer<B> producer, Writer<B> writer, ToIntFunction<B> size)
            throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        var failure = new Throwable[1];
        Thread thread = Thread.ofPlatform().name("generator").start(() -> {
            try {
                producer.produce(queue::put);
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                // put, not offer: the writer may still be busy with a full queue, and a lost END would leave it
                // waiting out its poll timeout.
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        db.setAutoCommit(false);
        long written = 0;
        long reportAt = 500_000;
        long start = System.nanoTime();
        while (true) {
            Object next = queue.poll(10, TimeUnit.MINUTES);
            if (next == null || next == END) {
                break;
            }
            @SuppressWarnings("unchecked")
            B batch = (B) next;
            writer.write(batch);
            db.commit();
            written += size.applyAsInt(batch);
            if (written >= reportAt) {
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %,d %s, %.0f s, %.0f/s%n", written, unit, s, written / s);
                reportAt += 500_000;
            }
        }
        thread.join();
        if (failure[0] != null) {
            throw new IllegalStateException("generation failed", failure[0]);
        }
        return written;
    }

    /** Writes the rows (each with one value a column) into the table. */
    public void write(String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            copy(table, columns, rows);
        } else {
            insert(table, columns, rows);
        }
    }

    private void copy(String table, List<String> columns, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 40 * columns.size());
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                text.append(text(row[i], table, columns.get(i)));
            }
            text.append('\n');
        }
        try {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN", new StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private static String text(Object value, String table, String column) {
        if (value == null) {
            return "\\N";
        }
        if (value instanceof OffsetDateTime at) {
            return TS.format(at.withOffsetSameInstant(ZoneOffset.UTC));
        }
        String s = value.toString();
        if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\\') >= 0 || s.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("unexpected control character in " + table + "." + column);
        }
        return s;
    }

    private void insert(String table, List<String> columns, List<Object[]> rows) throws SQLException {
        String one = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        int i = 0;
        try (PreparedStatement ps = db.prepareStatement(insert(table, columns, one, ROWS_PER_STATEMENT))) {
            for (; i + ROWS_PER_STATEMENT <= rows.size(); i += ROWS_PER_STATEMENT) {
                bind(ps, rows.subList(i, i + ROWS_PER_STATEMENT));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (i < rows.size()) {
            try (PreparedStatement ps = db.prepareStatement(insert(table, columns, one, rows.size() - i))) {
                bind(ps, rows.subList(i, rows.size()));
                ps.executeUpdate();
            }
        }
    }

    private static String insert(String table, List<String> columns, String one, int rows) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, one));
    }

    private static void bind(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                ps.setObject(p++, value);
            }
        }
    }
}
