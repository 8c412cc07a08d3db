package io.github.bcreactive.samples.appcallbacks;

import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.auth.BigCommerceApp;
import io.github.bcreactive.auth.InvalidPayloadException;
import io.github.bcreactive.auth.SignedPayloadClaims;
import io.github.bcreactive.error.ClientRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The four callbacks BigCommerce calls. {@code /auth} exchanges the install's code for the store's token;
 * the others carry a {@code signed_payload_jwt} that is verified with the client secret before anything else.
 */
@RestController
public final class CallbackController {

    private final BigCommerceApp app;
    private final BigCommerceClients clients;
    private final Installations installations;
    private final AppCallbacksProperties properties;

    /**
     * Creates the controller.
     *
     * @param app the starter's OAuth and JWT helpers
     * @param clients the starter's client factory (one pool, one rate limiter for every store)
     * @param installations where installs are kept
     * @param properties the sample's settings
     */
    public CallbackController(BigCommerceApp app, BigCommerceClients clients, Installations installations,
            AppCallbacksProperties properties) {
        this.app = app;
        this.clients = clients;
        this.installations = installations;
        this.properties = properties;
    }

    /**
     * The install: exchange the code, keep the token, greet the store by name.
     *
     * @param code the one-time code
     * @param scope the granted scopes
     * @param context {@code stores/{hash}}
     * @return the app's first page, or 400 when BigCommerce refuses the code (used, expired, or another app's)
     */
    @GetMapping(path = "/auth", produces = MediaType.TEXT_HTML_VALUE)
    public Mono<ResponseEntity<String>> auth(@RequestParam String code, @RequestParam String scope,
            @RequestParam String context) {
        return app.exchange(code, context, scope, properties.authCallbackUrl())
                .flatMap(token -> {
                    installations.install(token.storeHash(), token.accessToken(), token.user().id());
                    return clients.forStore(token.storeHash(), token.accessToken()).v2().get("/store")
                            .map(store -> ResponseEntity.ok(page("Installed on " + store.path("name").asString(),
                                    "Store " + token.storeHash() + ", installed by " + token.user().email())));
                })
                .onErrorResume(ClientRequestException.class, refused -> Mono.just(ResponseEntity.badRequest()
                        .body(page("Install refused", "BigCommerce refused the install (" + refused.status()
                                + "); start it again from the control panel."))));
    }

    /**
     * The app opened from the control panel.
     *
     * @param jwt the {@code signed_payload_jwt}
     * @return the app's page, or 403 for a user who may not open it, 404 for a store without the app
     */
    @GetMapping(path = "/load", produces = MediaType.TEXT_HTML_VALUE)
    public Mono<ResponseEntity<String>> load(@RequestParam("signed_payload_jwt") String jwt) {
        SignedPayloadClaims claims = app.verifySignedPayloadJwt(jwt);
        return installations.find(claims.storeHash())
                .map(installation -> {
                    if (!installation.users().contains(claims.user().id())
                            && claims.user().id() != claims.owner().id()) {
                        return Mono.just(ResponseEntity.status(HttpStatus.FORBIDDEN)
                                .body(page("Not allowed", "This user may not open the app.")));
                    }
                    installation.users().add(claims.user().id());
                    return clients.forStore(claims.storeHash(), installation.accessToken()).v2().get("/store")
                            .map(store -> ResponseEntity.ok(page("Hello " + claims.user().email(),
                                    "Store " + store.path("name").asString() + " (" + claims.storeHash()
                                            + "), opened at " + claims.url())));
                })
                .orElseGet(() -> Mono.just(ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(page("Not installed", "The app is not installed on store " + claims.storeHash()))));
    }

    /**
     * The app uninstalled: forget the store and its token.
     *
     * @param jwt the {@code signed_payload_jwt}
     * @return 200 with a short note
     */
    @GetMapping(path = "/uninstall", produces = MediaType.TEXT_PLAIN_VALUE)
    public String uninstall(@RequestParam("signed_payload_jwt") String jwt) {
        SignedPayloadClaims claims = app.verifySignedPayloadJwt(jwt);
        return installations.uninstall(claims.storeHash()) ? "uninstalled" : "not installed";
    }

    /**
     * A user's access removed: forget the user.
     *
     * @param jwt the {@code signed_payload_jwt}
     * @return 200 with a short note
     */
    @GetMapping(path = "/remove_user", produces = MediaType.TEXT_PLAIN_VALUE)
    public String removeUser(@RequestParam("signed_payload_jwt") String jwt) {
        SignedPayloadClaims claims = app.verifySignedPayloadJwt(jwt);
        installations.find(claims.storeHash()).ifPresent(installation -> installation.users()
                .remove(claims.user().id()));
        return "removed";
    }

    /**
     * A payload that fails verification: 401 with the reason, nothing else.
     *
     * @param failure the failure
     * @return the answer
     */
    @ExceptionHandler(InvalidPayloadException.class)
    public ResponseEntity<String> refused(InvalidPayloadException failure) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN)
                .body("signed payload refused: " + failure.reason());
    }

    /**
     * A callback whose parameters are malformed (e.g. a {@code context} that is not {@code stores/{hash}}): 400.
     *
     * @param failure the failure, which names the parameter and never a secret
     * @return the answer
     */
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<String> malformed(IllegalArgumentException failure) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(failure.getMessage());
    }

    private static String page(String title, String text) {
        return "<!doctype html><title>" + HtmlUtils.htmlEscape(title) + "</title><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p>";
    }
}
