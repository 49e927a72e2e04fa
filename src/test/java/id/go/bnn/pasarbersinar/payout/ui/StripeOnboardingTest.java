package id.go.bnn.pasarbersinar.payout.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.payout.PayoutStripeStandIn;
import id.go.bnn.pasarbersinar.payout.Destination;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations.OnboardingLink;
import id.go.bnn.pasarbersinar.payout.PayoutException;
import id.go.bnn.pasarbersinar.payout.PayoutMethod;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stripe Connect onboarding from the staff payout page: an Express account (once per group) and an Account Link back to
 * PASAR_BASE_URL, through the real SDK against WireMock, with idempotency keys; the link is shown and mailed.
 */
@SpringBootTest
class StripeOnboardingTest extends SpringBrowserlessTest {

    static final String BASE = "https://pasar.example.id";
    static final WireMockServer STRIPE = PayoutStripeStandIn.started(WireMockConfiguration.options());

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        PayoutStripeStandIn.payoutSettings(registry, STRIPE, "sk_test_onboarding");
        registry.add("pasar.base-url", () -> BASE);
    }

    @Autowired
    ProducerGroups groups;
    @Autowired
    Accounts accounts;
    @Autowired
    PayoutDestinations destinations;

    final Caller admin = Callers.admin(-91);

    @BeforeEach
    void stripe_answers() {
        STRIPE.resetAll();
        STRIPE.stubFor(post(urlEqualTo("/v1/accounts")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"acct_1Onboard42\",\"object\":\"account\",\"type\":\"express\",\"country\":\"ID\"}")));
        STRIPE.stubFor(post(urlEqualTo("/v1/account_links")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"account_link\",\"created\":1763900000,\"expires_at\":1763900300,"
                        + "\"url\":\"https://connect.stripe.com/setup/e/acct_1Onboard42/AbCdEf\"}")));
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    record Member(GroupId group, String email) {
    }

    Member groupWithMember(String name) {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        String email = "stripe-" + System.nanoTime() + "@test.pasarbersinar.id";
        Caller.runAsSystem(() -> accounts.provision(email, "Anggota Stripe", "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.PRODUCER), Set.of(),
                Set.of(group), null, false));
        return new Member(group, email);
    }

    @Test
    void creates_an_express_account_once_and_an_account_link_back_to_the_shop_and_mails_it() {
        Member member = groupWithMember("Onboarding Stripe");
        OnboardingLink link = Callers.as(admin, () -> destinations.stripeOnboardingLink(member.group()));
        assertThat(link.stripeAccount()).isEqualTo("acct_1Onboard42");
        assertThat(link.url()).isEqualTo("https://connect.stripe.com/setup/e/acct_1Onboard42/AbCdEf");

        STRIPE.verify(1, postRequestedFor(urlEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("onboard-account-" + member.group().value()))
                .withRequestBody(containing("type=express")).withRequestBody(containing("country=ID"))
                .withRequestBody(containing("metadata[group]=" + member.group().value()).or(containing("metadata%5Bgroup%5D=" + member.group().value()))));
        var linkRequest = STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/account_links"))).getFirst();
        String body = URLDecoder.decode(linkRequest.getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(body).contains("account=acct_1Onboard42", "type=account_onboarding", "refresh_url=" + BASE + "/mitra/keuangan?stripe=refresh",
                "return_url=" + BASE + "/mitra/keuangan?stripe=return");
        assertThat(linkRequest.getHeader("Idempotency-Key")).startsWith("onboard-link-acct_1Onboard42-");

        Destination destination = Callers.as(admin, () -> destinations.of(member.group())).orElseThrow();
        assertThat(destination.method()).isEqualTo(PayoutMethod.STRIPE);
        assertThat(destination.stripeAccount()).isEqualTo("acct_1Onboard42");
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.mailsTo(member.email()).stream()
                .anyMatch(mail -> GreenMailUtil.getBody(mail).replace("=\r\n", "").contains("https://connect.stripe.com/setup/e/acct_1Onboard42/AbCdEf")));

        // A second link (the first expired): the group's account is reused, no new account is created.
        Callers.as(admin, () -> destinations.stripeOnboardingLink(member.group()));
        STRIPE.verify(1, postRequestedFor(urlEqualTo("/v1/accounts")));
        STRIPE.verify(2, postRequestedFor(urlEqualTo("/v1/account_links")));
    }

    @Test
    void only_administrators_start_onboarding_and_a_stripe_error_changes_nothing() {
        Member member = groupWithMember("Onboarding Ditolak");
        assertThatThrownBy(() -> Callers.as(Callers.producer(-92, member.group().value()), () -> destinations.stripeOnboardingLink(member.group())))
                .isNotInstanceOf(PayoutException.class);
        STRIPE.stubFor(post(urlEqualTo("/v1/accounts")).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Connect is not enabled\"}}")));
        assertThatThrownBy(() -> Callers.as(admin, () -> destinations.stripeOnboardingLink(member.group()))).isInstanceOf(PayoutException.class)
                .hasMessage("payout.error.stripe-onboarding");
        assertThat(Callers.as(admin, () -> destinations.of(member.group()))).isEmpty();
        STRIPE.verify(0, postRequestedFor(urlEqualTo("/v1/account_links")));
    }

    @Test
    void the_staff_page_makes_the_link_and_shows_it() {
        Member member = groupWithMember("Onboarding Halaman");
        Callers.signIn(admin);
        navigate(PayoutRunView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<id.go.bnn.pasarbersinar.producer.GroupSummary> group =
                $(com.vaadin.flow.component.combobox.ComboBox.class).withClassName("pb-payout-destination-group").first();
        group.setValue(group.getListDataView().getItems().filter(g -> g.id().equals(member.group())).findFirst().orElseThrow());
        test($(Button.class).withText("Buat tautan pendaftaran Stripe").first()).click();
        Anchor anchor = $(Anchor.class).all().stream().filter(a -> a.getHref().startsWith("https://connect.stripe.com/")).findFirst().orElseThrow();
        assertThat(anchor.getText()).isEqualTo("https://connect.stripe.com/setup/e/acct_1Onboard42/AbCdEf");
        assertThat(Callers.as(admin, () -> destinations.of(member.group())).orElseThrow().stripeAccount()).isEqualTo("acct_1Onboard42");
    }
}
