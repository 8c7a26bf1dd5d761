package org.anhduong.test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records the SQL statements a piece of work prepares on the test's own thread, to keep the number of round trips of a
 * request in check (a count, not a timing: timings belong in {@code bench/}). The application's DataSource is wrapped
 * for every integration test; outside {@link #statements} the wrapper only passes calls on. The audit sealer's own
 * pool is not wrapped, so its statements are not recorded.
 */
@Component
public class StatementRecorder implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    /** Work that may throw, such as a MockMvc request. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs the work on this thread and returns the statements it prepared meanwhile, in order, as SQL text. */
    public static List<String> statements(Work work) throws Exception {
        List<String> prepared = new ArrayList<>();
        COUNTING.set(prepared);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return prepared;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    /** The application's DataSource, handing out connections that record; unwrap() still reaches the pool. */
    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> invoke(proxy, target, method, args));
        }

        private static Object invoke(Object proxy, Connection target, Method method, Object[] args) throws Throwable {
            // Spring compares connections to find the transaction's own: a proxy is equal only to itself.
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                }
            }
            List<String> prepared = COUNTING.get();
            if (prepared != null && PREPARING.contains(method.getName())) {
                prepared.add(args != null && args.length > 0 && args[0] instanceof String sql
                        ? sql.replaceAll("\\s+", " ").strip() : "(statement)");
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
