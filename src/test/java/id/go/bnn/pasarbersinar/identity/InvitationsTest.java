package id.go.bnn.pasarbersinar.identity;

import static id.go.bnn.pasarbersinar.identity.SignInSupport.PASSWORD;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshAddress;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshEmail;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class InvitationsTest extends SignInSetUp {

    @Autowired
    Invitations invitations;
    @Autowired
    ProducerGroups groups;

    @Test
    void an_administrator_invites_a_curator_who_joins_by_the_mailed_link_once() {
        String email = freshEmail("kurator-baru");
        Callers.as(Callers.admin(-1), () -> invitations.inviteCurator(email, "36"));
        String token = TestMailServer.tokenFromLatestMail(email, "undangan");

        Invitation invitation = invitations.find(token).orElseThrow();
        assertThat(invitation.role()).isEqualTo(Caller.Role.CURATOR);
        assertThat(invitation.provinceCode()).isEqualTo("36");
        invitations.accept(token, "Kurator Banten Baru", PASSWORD, freshAddress());
        assertThatThrownBy(() -> invitations.accept(token, "Orang Lain", "Sungai-Batanghari-Jambi-9", freshAddress()))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.link-invalid");

        AccountId id = Callers.as(Callers.admin(-1), () -> accounts.profile(new AccountId(
                ((Caller) signIn(provider, email, PASSWORD, freshAddress()).getPrincipal()).accountId())).id());
        Profile profile = Callers.as(Callers.admin(-1), () -> accounts.profile(id));
        assertThat(profile.roles()).contains(Caller.Role.CURATOR);
        assertThat(profile.provinces()).containsExactly("36");
        Callers.signIn(Callers.admin(-1));
        assertThat(log.newest(10, null, email)).extracting(SecurityEvent::type)
                .contains(SecurityEvent.Type.INVITATION_SENT, SecurityEvent.Type.INVITATION_ACCEPTED, SecurityEvent.Type.ROLE_GRANTED);
    }

    @Test
    void a_curator_invites_a_member_who_then_acts_for_the_group() {
        GroupId group = Caller.runAsSystem(() -> groups.register(group("Kelompok Undangan Kupang"), false));
        String email = freshEmail("anggota");
        Callers.as(Callers.curator(-53, "53"), () -> invitations.inviteMember(group, email));
        invitations.accept(TestMailServer.tokenFromLatestMail(email, "undangan"), "Anggota Baru", PASSWORD, freshAddress());

        Caller member = (Caller) signIn(provider, email, PASSWORD, freshAddress()).getPrincipal();
        assertThat(member.actsFor(group.value())).isTrue();
        assertThat(member.roles()).contains(Caller.Role.PRODUCER);
    }

    @Test
    void an_existing_account_keeps_its_password_and_gains_the_group() {
        GroupId group = Caller.runAsSystem(() -> groups.register(group("Kelompok Akun Lama"), false));
        String email = freshEmail("sudah-ada");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        Callers.as(Callers.curator(-53, "53"), () -> invitations.inviteMember(group, email));
        String token = TestMailServer.tokenFromLatestMail(email, "undangan");
        assertThat(invitations.find(token).orElseThrow().accountExists()).isTrue();
        invitations.accept(token, null, null, freshAddress());

        Caller member = (Caller) signIn(provider, email, PASSWORD, freshAddress()).getPrincipal();
        assertThat(member.roles()).contains(Caller.Role.BUYER, Caller.Role.PRODUCER);
        assertThat(member.groups()).containsExactly(group.value());
    }

    @Test
    void an_invitation_expires_after_seven_days() {
        String email = freshEmail("terlambat");
        Callers.as(Callers.admin(-1), () -> invitations.inviteCurator(email, "53"));
        String token = TestMailServer.tokenFromLatestMail(email, "undangan");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(invitations.find(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "Terlambat", PASSWORD, freshAddress())).isInstanceOf(AccountException.class);
    }

    @Test
    void an_invitation_to_a_malformed_address_is_refused_with_a_message() {
        assertThatThrownBy(() -> Callers.as(Callers.admin(-1), () -> invitations.inviteCurator("bukan-email", "53")))
                .isInstanceOfSatisfying(AccountException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("identity.error.email-invalid"));
    }

    @Test
    void only_administrators_invite_curators() {
        assertThatThrownBy(() -> Callers.as(Callers.curator(-53, "53"), () -> invitations.inviteCurator(freshEmail("x"), "53")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.inviteCurator(freshEmail("x"), "53")).isInstanceOf(AccessDeniedException.class);
    }

    static NewGroup group(String name) {
        return new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null,
                null, null, null, 5, 2024);
    }
}
