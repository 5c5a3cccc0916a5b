package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpHeadersTest {
    private static final URI PAGE = URI.create("https://hub.example/api/datasets/o/n/tree/main?recursive=true");

    @Test
    void theNextPageIsTheLinkWithRelNextResolvedAgainstThePage() {
        assertThat(HttpHeaders.nextLink(PAGE, "<https://hub.example/api/x?cursor=abc>; rel=\"next\""))
                .hasToString("https://hub.example/api/x?cursor=abc");
        assertThat(HttpHeaders.nextLink(PAGE, "</api/x?cursor=2>; rel=\"prev\", </api/x?cursor=4>; rel=next"))
                .hasToString("https://hub.example/api/x?cursor=4");
        assertThat(HttpHeaders.nextLink(PAGE, "</api/x?cursor=2>; rel=\"prev\""))
                .isNull();
        assertThat(HttpHeaders.nextLink(PAGE, null)).isNull();
    }

    @Test
    void anOriginIsSchemeHostAndPortWithDefaultPortsFilledIn() {
        assertThat(HttpHeaders.sameOrigin(URI.create("https://Hub.example/a"), URI.create("https://hub.example:443/b")))
                .isTrue();
        assertThat(HttpHeaders.sameOrigin(URI.create("https://hub.example/a"), URI.create("http://hub.example/a")))
                .isFalse();
        assertThat(HttpHeaders.sameOrigin(URI.create("https://hub.example/a"), URI.create("https://cdn.hub.example/a")))
                .isFalse();
        assertThat(HttpHeaders.sameOrigin(URI.create("http://127.0.0.1:80/a"), URI.create("http://127.0.0.1/b")))
                .isTrue();
    }
}
