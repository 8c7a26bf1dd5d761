package org.anhduong.test;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test against the whole application on a real database. Maven runs every one of them twice:
 * on H2 ({@code it-h2}) and on PostgreSQL ({@code it-postgresql}); see {@link TestDatabase}. Every integration test
 * shares this one configuration (MockMvc included), so Spring builds one context per database, not one per class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(TestDatabase.Availability.class)
public @interface IntegrationTest {
}
