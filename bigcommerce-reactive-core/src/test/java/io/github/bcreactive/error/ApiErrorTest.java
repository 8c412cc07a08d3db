package io.github.bcreactive.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The one-line summary of an error body, and the exception chosen for a status. */
class ApiErrorTest {

    @Test
    void theSummaryPrefersTheDetailWithItsTitle() {
        assertThat(error("Invalid", "Name is taken", List.of()).summary()).isEqualTo("Invalid: Name is taken");
        assertThat(error("", "Name is taken", List.of()).summary()).isEqualTo("Name is taken");
        assertThat(error("Same", "Same", List.of()).summary()).isEqualTo("Same");
        assertThat(error("Invalid", "", List.of()).summary()).isEqualTo("Invalid");
        assertThat(error("first", "", List.of("first", "second")).summary()).isEqualTo("first; second");
        assertThat(ApiError.EMPTY.summary()).isEmpty();
    }

    @Test
    void unlistedStatusesFallBackToTheirFamily() {
        assertThat(HttpException.of(response(307))).isExactlyInstanceOf(RedirectionException.class);
        assertThat(HttpException.of(response(451))).isExactlyInstanceOf(ClientRequestException.class);
        assertThat(HttpException.of(response(511))).isExactlyInstanceOf(ServerException.class);
    }

    @Test
    void theMessageNamesTheCallAndTheStatusAndTheResponseDescribesItself() {
        HttpException exception = HttpException.of(response(451));

        assertThat(exception.getMessage())
                .isEqualTo("GET https://api.bigcommerce.com/stores/abc123/v3/x returned 451"
                        + " Unavailable For Legal Reasons");
        assertThat(exception.response().toString())
                .isEqualTo("GET https://api.bigcommerce.com/stores/abc123/v3/x -> 451");
    }

    private static ApiError error(String title, String detail, List<String> messages) {
        return new ApiError(422, title, "", detail, Map.of(), messages);
    }

    private static FailedResponse response(int status) {
        return new FailedResponse("GET", "https://api.bigcommerce.com/stores/abc123/v3/x", status, new HttpHeaders(),
                "", ApiError.EMPTY);
    }
}
