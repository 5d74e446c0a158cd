package dev.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.masthead.web.problem.InvalidRequestException;
import dev.masthead.web.problem.Problem;

/** The target policy on IP literals and fixed names: no DNS is asked. */
class WebhookTargetsTest {

    /** Resolves IP literals (no lookup for those) and a few fixed names; anything else does not resolve. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "hooks.example.com", List.of("93.184.215.14"),
            "split.example.com", List.of("93.184.215.14", "10.1.2.3"),
            "rebound.example.com", List.of("127.0.0.1"));

    private static final WebhookTargets.Resolver RESOLVER = host -> {
        List<String> known = NAMES.get(host);
        if (known != null) {
            InetAddress[] addresses = new InetAddress[known.size()];
            for (int i = 0; i < known.size(); i++) {
                addresses[i] = InetAddress.getByName(known.get(i));
            }
            return addresses;
        }
        if (host.matches("[0-9.]+") || host.startsWith("[")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    };

    private final WebhookTargets strict = new WebhookTargets(false, RESOLVER);
    private final WebhookTargets lenient = new WebhookTargets(true, host -> {
        throw new AssertionError("allow-private-targets resolves nothing");
    });

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1/hook", "http://127.1.2.3:8080/", "http://10.0.0.1/", "http://172.16.0.1/",
            "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/", "http://100.100.100.200/", "http://0.0.0.0/", "http://224.0.0.1/",
            "http://255.255.255.255/", "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fc00::1]/",
            "http://[fd00:ec2::254]/", "http://[ff02::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/",
            "http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a00:1]/", "http://[2002:a00:1::]/",
            "http://localhost/", "http://LOCALHOST:8080/", "http://localhost./", "http://api.localhost/",
            "http://metadata.google.internal/computeMetadata/v1/", "http://rebound.example.com/",
            "http://split.example.com/" })
    void internalTargetsAreRefused(String url) {
        Optional<String> refusal = strict.refusal(URI.create(url));
        assertTrue(refusal.isPresent(), url + " must be refused");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://hooks.example.com/masthead", "http://93.184.215.14/hook", "http://172.32.0.1/",
            "http://100.128.0.1/", "http://[2606:4700:4700::1111]/", "http://[::ffff:93.184.215.14]/" })
    void publicTargetsAreAccepted(String url) {
        assertEquals(Optional.empty(), strict.refusal(URI.create(url)), url);
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertEquals(Optional.of("host nowhere.invalid does not resolve"),
                strict.refusal(URI.create("https://nowhere.invalid/hook")));
    }

    @Test
    void allowingPrivateTargetsSkipsTheAddressChecksButNotTheShape() {
        assertEquals(Optional.empty(), lenient.refusal(URI.create("http://127.0.0.1:9/hook")));
        assertEquals(Optional.empty(), lenient.refusal(URI.create("http://localhost/hook")));
        assertTrue(lenient.refusal(URI.create("http://user:pw@127.0.0.1/")).isPresent());
        assertTrue(lenient.refusal(URI.create("ftp://127.0.0.1/")).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://hooks.example.com/", "javascript:alert(1)", "/relative/hook", "hooks.example.com/x",
            "http:///no-host", "http://exa_mple.com/", "mailto:ops@example.com", "https://", "http://[::1" })
    void onlyAbsoluteHttpUrlsWithAHostAreTaken(String url) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> lenient.accept("url", url));
        assertEquals(List.of("url"), refused.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void userInfoIsRefusedNamingTheField() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> lenient.accept("url", "https://user:secret@hooks.example.com/"));
        assertEquals("must not carry a user name or password", refused.errors().get(0).message());
    }

    @Test
    void overlongUrlsAreRefused() {
        String url = "https://hooks.example.com/" + "a".repeat(WebhookTargets.MAX_URL_LENGTH);
        assertThrows(InvalidRequestException.class, () -> lenient.accept("url", url));
    }

    @Test
    void theSendersCheckRefusesWhatCreationWould() {
        assertTrue(strict.refusal(URI.create("http://[::ffff:127.0.0.1]/")).isPresent());
        assertTrue(strict.refusal(URI.create("https://hooks.example.com/masthead")).isEmpty());
    }
}
