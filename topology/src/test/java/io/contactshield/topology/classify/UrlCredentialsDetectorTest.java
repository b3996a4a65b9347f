package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCredentialsDetectorTest {

    private final UrlCredentialsDetector detector = new UrlCredentialsDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @Test
    void spansTheUserAndPasswordButNotTheRestOfTheUrl() {
        assertThat(found("see https://admin:s3cr3t@db.example.com/path?q=1 now")).containsExactly("admin:s3cr3t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgres://app:hunter2@10.0.0.5:5432/orders | app:hunter2",
        "mongodb+srv://svc:Pa55w0rd@cluster0.example.net/db | svc:Pa55w0rd",
        "ftp://jane:letmein@ftp.example.com | jane:letmein",
        "jdbc:mysql://root:toor@localhost:3306/app | root:toor",
        "redis://:authpass@cache.internal:6379 | :authpass",
        "amqp://guest:guest@[::1]:5672 | guest:guest",
        "postgres://u:p@ss@host/db | u:p@ss",
        // A placeholder for the host: the password is every such host's.
        "http://debug:debug@<gw-ip>:8080/ | debug:debug",
        "https://svc:S3cr3t!@{host}/api | svc:S3cr3t!",
        // A shell's default value: the scheme after its ":-".
        "${PAYMENTS_SFTP:-sftp://payfile_za:Q8z!rT4w$Lm@203.0.113.130:2222/out} | payfile_za:Q8z!rT4w$Lm"
    })
    void findsCredentialsInUrlsOfAnyScheme(String url, String credentials) {
        assertThat(found("url " + url)).containsExactly(credentials);
    }

    @Test
    void aSentryDsnsPublicKeyIsNoCredential() {
        assertThat(found("SENTRY_DSN=https://3fc75060d4858a091b35ec8e1b37fd06@o4471.ingest.sentry.io/5512")).isEmpty();
    }

    @Test
    void findsAnAccessTokenUsedAsTheUserName() {
        assertThat(found("git clone https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/org/repo.git"))
                .containsExactly("ghp_16C7e42F292c6912E7710c838347Ae178B4a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://anonymous@ftp.example.com", "https://user:@example.com", "https://example.com/a?x=a:b@c",
        "https://example.com:8443/", "mailto:jane@example.com", "user:pass@host", "https://example.com/@jane",
        "ssh://git@github.com:org/repo", "://user:pass@host", "https://user:pass@/path", "at 10:30@home",
        // A masked password or a template's variable in its place.
        "amqp://connect_events:****@mq.internal.example.com:5672/", "postgres://app:${DB_PASSWORD}@db.internal:5432/app",
        "redis://default:{{ redis_password }}@cache:6379", "mysql://root:$MYSQL_ROOT_PASSWORD@db/app",
        "ftp://upload:<password>@ftp.example.com/", "http://a:b@<x> and so on", "http://a:b@<not a host>/"})
    void ignoresUrlsWithoutCredentials(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void findsCredentialsInEachUrlOfAText() {
        assertThat(found("a https://a:b@x.example b https://c:d@y.example")).containsExactly("a:b", "c:d");
    }

    @Test
    void keepsAHashInsideThePassword() {
        assertThat(found("sftp://reports:Qw3rty#2024@sftp.example.com:2222/out")).containsExactly("reports:Qw3rty#2024");
    }

    @Test
    void readsAPasswordInASipUri() {
        assertThat(found("outbound_proxy=sip:trunk0192:Hq4vR9zeLp@198.51.100.9:5060;transport=udp"))
                .containsExactly("trunk0192:Hq4vR9zeLp");
        assertThat(found("To: <sip:billing@pbx.example.com>;tag=1")).isEmpty();
    }

    @Test
    void findsCredentialsInAUrlWithoutItsScheme() {
        assertThat(found("arquivo .npmrc no reposit\u00f3rio p\u00fablico: //deploy:npm_Tk2026Pitg@registry.interno.example.com.br/ \u2014 revogado"))
                .containsExactly("deploy:npm_Tk2026Pitg");
        // A comment's slashes and a path are no URL's.
        assertThat(found("// see user:pass@example.com for the format")).isEmpty();
        assertThat(found("mount /srv//data user:pass@host")).isEmpty();
    }

    @Test
    void findsCredentialsInAUrlLoggedWithoutItsScheme() {
        assertThat(found("2026-11-30 INFO [sdd-export] upload ok: sepa_out:N4vig!o2026@sftp.partner.example/SDD/IN/ file=x"))
                .containsExactly("sepa_out:N4vig!o2026");
        assertThat(found("[etl] source=etl_reader:Pl4n3t!x9@10.20.3.15:5432/misure target=s3://bucket"))
                .containsExactly("etl_reader:Pl4n3t!x9");
        // A SIP URI is an address; a mailbox after a word and a colon has no path or port.
        assertThat(found("contact=<sip:trunk-ti@sip.ceresio-tel.ch> expires=60")).isEmpty();
        assertThat(found("write to jane:doe@example.com please")).isEmpty();
        assertThat(found("backup:****@203.0.113.40/srv/dump")).isEmpty();
    }

    @Test
    void readsNoPasswordLeftOutWithAnEllipsis() {
        assertThat(found("replace inline basic-auth (curl https://rwapi:\u2026@api.progate.example) with header auth")).isEmpty();
        assertThat(found("curl https://rwapi:...@api.progate.example")).isEmpty();
    }
}
