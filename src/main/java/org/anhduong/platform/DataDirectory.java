package org.anhduong.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Makes {@code anhduong.data-dir} an absolute path before anything uses it: H2 refuses a database path that is
 * implicitly relative ("data/db"), and operators write ANHDUONG_DATA_DIR=data as often as ./data.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "anhduong.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            return;
        }
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("anhduongDataDirectory", Map.of(PROPERTY, absolute)));
    }

    @Override
    public int getOrder() {
        // After the configuration files and environment variables have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
