package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicBaseUrlTests {

    @Test
    void requiredOutsideTheEmbeddedDemo() {
        assertThatThrownBy(() -> PublicBaseUrl.resolve("", false, 8080)).hasMessageContaining("TRACKER_BASE_URL");
        assertThat(PublicBaseUrl.resolve("", true, 8080)).isEqualTo("http://localhost:8080");
    }

    @Test
    void anHttpOrHttpsAddressWithoutQueryOrUser() {
        assertThat(PublicBaseUrl.resolve("https://tip.example.org/", false, 8080)).isEqualTo("https://tip.example.org");
        assertThat(PublicBaseUrl.resolve(" https://tip.example.org/tracker ", false, 8080)).isEqualTo("https://tip.example.org/tracker");
        assertThatThrownBy(() -> PublicBaseUrl.resolve("javascript:alert(1)", false, 8080)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PublicBaseUrl.resolve("https://a@evil.example", false, 8080)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PublicBaseUrl.resolve("https://tip.example.org/?x=1", false, 8080)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void linksCarryTheirTokenEncoded() {
        PublicBaseUrl base = new PublicBaseUrl("https://tip.example.org", false, 8080);
        assertThat(base.link("/password/set", "token", "a-b_c")).isEqualTo("https://tip.example.org/password/set?token=a-b_c");
    }
}
