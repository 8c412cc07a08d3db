package io.github.bcreactive.samples.appcallbacks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample's settings ({@code app-callbacks.*}).
 *
 * @param authCallbackUrl the auth callback URL exactly as registered in the app's profile; BigCommerce checks the
 *     token exchange's {@code redirect_uri} against it
 */
@ConfigurationProperties("app-callbacks")
public record AppCallbacksProperties(@DefaultValue("http://localhost:8080/auth") String authCallbackUrl) {
}
