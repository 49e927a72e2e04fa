package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a group's members hear about its money, through a real SMTP server (GreenMail): a changed payout destination
 * (so that nobody redirects a group's money unnoticed) and a bank payout once the second administrator approved it.
 */
@SpringBootTest(properties = {"pasar.payout.holding-period=PT1H", "pasar.payout.stripe.secret-key="})
@ExtendWith(EveryTransactionBalances.class)
class PayoutMailsTest {

    @Autowired
    ProducerGroups groups;
    @Autowired
    Accounts accounts;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    PayoutRuns runs;

    @Autowired
    BankTransfers bankTransfers;

    @Autowired
    Payouts payoutReads;
    @Autowired
    OrderEvents events;

    final Caller adminA = Callers.admin(-501);
    final Caller adminB = Callers.admin(-502);

    @AfterEach
    void balanced() {
        Callers.signOut();
    }

    record Members(GroupId group, String name, List<String> emails) {
    }

    /** A new group with two members (and a buyer who is no member, who must hear nothing). */
    Members groupWithMembers(String name) {
        long tag = System.nanoTime();
        String groupName = name + " " + tag;
        List<String> emails = List.of("bendahara." + tag + "@contoh.id", "ketua." + tag + "@contoh.id");
        GroupId group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup(groupName, new LocalizedText("Cerita uji.", "Test story."), "KAWASAN_RAWAN", "53",
                    "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false);
            for (String email : emails) {
                accounts.provision(email, "Anggota Uji", "Tenun-Ikat-Kupang-Uji-77", Set.of(Role.BUYER, Role.PRODUCER), Set.of(), Set.of(id),
                        null, false);
            }
            accounts.provision("bukan.anggota." + tag + "@contoh.id", "Pembeli Uji", "Tenun-Ikat-Kupang-Uji-77", Set.of(Role.BUYER), Set.of(),
                    Set.of(), null, false);
            return id;
        });
        return new Members(group, groupName, emails);
    }

    @Test
    void a_changed_payout_destination_is_mailed_to_every_member_of_the_group_with_the_number_masked() {
        Members members = groupWithMembers("Kelompok Surat Tujuan");
        Callers.as(adminA, () -> destinations.setBank(members.group(), "Bank NTT", "001-02-03-004567-8", "Koperasi Surat Tujuan"));
        Callers.as(adminA, () -> destinations.setStripe(members.group(), "acct_DEMOmailtest01"));

        for (String email : members.emails()) {
            List<MimeMessage> mails = mailsContaining(email, "Tujuan pencairan", 2);
            assertThat(subject(mails.getFirst())).contains("Tujuan pencairan " + members.name() + " diubah");
            String first = GreenMailUtil.getBody(mails.getFirst()).replace("=\r\n", "");
            assertThat(first).contains("Bank NTT", "5678", "Koperasi Surat Tujuan").doesNotContain("004567");
            String second = GreenMailUtil.getBody(mails.get(1)).replace("=\r\n", "");
            assertThat(second).contains("acct_DEMOmailtest01");
        }
        assertThat(TestMailServer.mailsTo("bukan.anggota." + members.name().substring(members.name().lastIndexOf(' ') + 1) + "@contoh.id"))
                .isEmpty();
    }

    @Test
    void a_bank_payout_is_mailed_to_the_group_only_when_the_second_administrator_approved_it() {
        Members members = groupWithMembers("Kelompok Surat Bayar");
        Callers.as(adminA, () -> destinations.setBank(members.group(), "BRI", "4521-01-000987-53-7", "Kelompok Surat Bayar"));
        long fulfilment = OrderEvents.nextFulfilmentId();
        Instant now = Instant.now();
        events.publish(OrderEvents.paid(fulfilment, members.group().value(), 20_000, now, 230_000),
                OrderEvents.delivered(fulfilment, members.group().value(), now.minus(Duration.ofDays(1))));
        long runId = Callers.as(adminA, () -> runs.run()).runId();
        Payout payout = Callers.as(adminA, () -> payoutReads.payoutsOfRun(runId)).stream().filter(p -> p.groupId() == members.group().value())
                .findFirst().orElseThrow();
        assertThat(payout.amount().rupiah()).isEqualTo(230_000 - 23_000 + 20_000);
        Callers.as(adminA, () -> bankTransfers.recordBankTransfer(payout.id(), "TRF-SURAT-0001", "bukti.pdf", ProofFiles.pdf()));
        assertThat(TestMailServer.mailsTo(members.emails().getFirst()).stream().filter(m -> subject(m).contains("telah dibayar")))
                .as("recorded, not approved: not paid yet").isEmpty();

        Callers.as(adminB, () -> bankTransfers.approve(payout.id()));
        for (String email : members.emails()) {
            MimeMessage mail = mailsContaining(email, "telah dibayar", 1).getFirst();
            assertThat(subject(mail)).contains("Rp 227.000", members.name());
            assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("TRF-SURAT-0001", "Rp 227.000");
        }
    }

    private static List<MimeMessage> mailsContaining(String email, String subjectPart, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> TestMailServer.mailsTo(email).stream().filter(mail -> subject(mail).contains(subjectPart)).toList(),
                mails -> mails.size() >= count);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
