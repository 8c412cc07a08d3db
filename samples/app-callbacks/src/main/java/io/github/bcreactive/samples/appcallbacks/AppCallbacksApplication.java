package io.github.bcreactive.samples.appcallbacks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A BigCommerce app's callbacks on WebFlux: {@code /auth} installs, {@code /load} opens the app,
 * {@code /uninstall} and {@code /remove_user} clean up. The starter makes the {@code BigCommerceApp} (from
 * {@code bigcommerce.client-id} and {@code bigcommerce.client-secret}) and the {@code BigCommerceClients} factory.
 */
@SpringBootApplication
@EnableConfigurationProperties(AppCallbacksProperties.class)
public class AppCallbacksApplication {

    /**
     * Starts the app.
     *
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(AppCallbacksApplication.class, args);
    }
}
