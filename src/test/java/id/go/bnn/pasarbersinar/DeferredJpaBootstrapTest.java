package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * The shop's application.properties start Hibernate (with Hibernate Search) on Spring Boot's task executor, in parallel
 * with the rest of the start-up ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}; docs/performance.md,
 * "First start"), and the started shop still has a working persistence unit. Without the setting the factory is built on
 * the main thread and has no bootstrap executor.
 */
@SpringBootTest
class DeferredJpaBootstrapTest {

    @Autowired
    BeanFactory beans;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void hibernate_is_started_on_a_background_executor_and_then_answers() {
        LocalContainerEntityManagerFactoryBean factory = beans.getBean("&entityManagerFactory",
                LocalContainerEntityManagerFactoryBean.class);
        assertThat(factory.getBootstrapExecutor()).as("the entity manager factory's bootstrap executor").isNotNull();

        // The first use waits for the background start and then sees the shop's entities.
        assertThat(entityManagerFactory.getMetamodel().getEntities()).isNotEmpty();
        assertThat(entityManagerFactory.isOpen()).isTrue();
    }
}
