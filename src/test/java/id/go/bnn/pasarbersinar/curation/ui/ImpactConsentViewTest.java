package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The group's consent to show its earnings in public: off at first, switched by a member on the group profile, recorded. */
@SpringBootTest
class ImpactConsentViewTest extends StaffViewSupport {

    @Autowired
    ProducerGroups groups;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_member_switches_the_consent_on_and_off_and_each_switch_is_recorded() {
        record Member(GroupId group, AccountId account) {
        }
        Member m = Caller.runAsSystem(() -> {
            GroupId group = groups.register(new NewGroup("Tenun Izin Dampak " + System.nanoTime() % 1_000_000, new LocalizedText("Cerita.", null),
                    "KAWASAN_RAWAN", "82", "Kota Ternate", null, null, null, null, null, null, null, 2, 2021), false);
            groups.verify(group);
            AccountId account = accounts.provision("izin-" + System.nanoTime() + "@test.pasarbersinar.id", "Siti Izin", "Kopi-Lamteuba-Seulawah-7",
                    Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(group), null, false);
            return new Member(group, account);
        });
        Callers.signIn(Callers.producer(m.account().value(), m.group().value()));
        navigate(GroupProfileView.class);
        Checkbox consent = $(Checkbox.class).withClassName("pb-profile-impact-consent").single();
        assertThat(consent.getValue()).isFalse();
        assertThat(consent.getLabel()).isEqualTo("Tampilkan penghasilan kelompok kami lewat toko di halaman publik kelompok");

        test(consent).click();
        assertThat(feedback()).isEqualTo("Penghasilan kelompok sekarang tampil di halaman publik.");
        assertThat(groups.impactConsent(m.group())).isTrue();

        navigate(GroupProfileView.class);
        Checkbox again = $(Checkbox.class).withClassName("pb-profile-impact-consent").single();
        assertThat(again.getValue()).isTrue();
        test(again).click();
        assertThat(feedback()).isEqualTo("Penghasilan kelompok tidak lagi tampil di halaman publik.");
        assertThat(groups.impactConsent(m.group())).isFalse();

        List<Boolean> recorded = jdbc.sql("SELECT granted FROM producer_group_consent WHERE group_id = ? AND account_id = ? ORDER BY id")
                .params(m.group().value(), m.account().value()).query(Boolean.class).list();
        assertThat(recorded).containsExactly(true, false);
        Callers.signOut();
    }
}
