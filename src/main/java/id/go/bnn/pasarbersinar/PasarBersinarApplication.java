package id.go.bnn.pasarbersinar;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Pasar Bersinar: the online shop for handicrafts of BNN's community programmes.
 * Styles are plain CSS loaded with {@code @StyleSheet}, so no Node.js build is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/pasar.css")
@StyleSheet("styles/reviews.css")
@Meta(name = "theme-color", content = "#0d5c63")
public class PasarBersinarApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PasarBersinarApplication.class, args);
    }
}
