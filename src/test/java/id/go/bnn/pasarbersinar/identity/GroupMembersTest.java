package id.go.bnn.pasarbersinar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.MemberDisplay;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Members of a group: who sees them, who removes them, and which names the public group page may show. */
@SpringBootTest
class GroupMembersTest {

    static final String KALTIM = "64";

    @Autowired
    GroupMembers members;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    record Fixture(GroupId group, AccountId owner, AccountId member) {
    }

    Fixture group(String name) {
        return Caller.runAsSystem(() -> {
            GroupId group = groups.register(new NewGroup(name, new LocalizedText("Cerita " + name + ".", null), "KAWASAN_RAWAN", KALTIM,
                    "Kota Samarinda", null, null, null, null, null, null, null, 3, 2023), false);
            groups.verify(group);
            AccountId owner = accounts.provision(SignInSupport.freshEmail("pemilik"), "Maria Goreti Bere", SignInSupport.PASSWORD,
                    Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(group), null, false);
            AccountId member = accounts.provision(SignInSupport.freshEmail("anggota"), "Yohana Seran Nahak", SignInSupport.PASSWORD,
                    Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(), null, false);
            jdbc.sql("INSERT INTO group_membership (account_id, group_id, owner, joined_at) VALUES (?, ?, FALSE, ?)")
                    .params(member.value(), group.value(), java.sql.Timestamp.from(Instant.now())).update();
            return new Fixture(group, owner, member);
        });
    }

    @Test
    void the_curator_of_the_province_removes_a_member_with_a_plain_database_change() {
        Fixture f = group("Ulap Doyo Samarinda Satu");
        Caller curator = Callers.curator(-6401, KALTIM);
        assertThat(Callers.as(curator, () -> members.members(f.group()))).extracting(GroupMember::account)
                .containsExactly(f.owner(), f.member());

        Callers.as(curator, () -> members.remove(f.group(), f.member()));

        assertThat(Callers.as(curator, () -> members.members(f.group()))).extracting(GroupMember::account).containsExactly(f.owner());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM group_membership WHERE account_id = ?").param(f.member().value()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void the_owner_removes_a_member_but_not_itself_and_a_plain_member_removes_nobody() {
        Fixture f = group("Ulap Doyo Samarinda Dua");
        Caller owner = Callers.producer(f.owner().value(), f.group().value());
        Caller member = Callers.producer(f.member().value(), f.group().value());

        assertThatThrownBy(() -> Callers.as(member, () -> members.remove(f.group(), f.owner())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(owner, () -> members.remove(f.group(), f.owner())))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("identity.error.remove-self"));
        assertThat(Callers.as(owner, () -> members.members(f.group()))).hasSize(2);

        Callers.as(owner, () -> members.remove(f.group(), f.member()));
        assertThat(Callers.as(owner, () -> members.members(f.group()))).extracting(GroupMember::account).containsExactly(f.owner());
        assertThatThrownBy(() -> Callers.as(owner, () -> members.remove(f.group(), f.member())))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("identity.error.not-a-member"));
    }

    @Test
    void the_public_names_follow_the_groups_choice_and_never_include_a_full_name() {
        Fixture f = group("Ulap Doyo Samarinda Tiga");
        Caller owner = Callers.producer(f.owner().value(), f.group().value());
        assertThat(members.publicNames(f.group())).isEmpty();

        display(owner, f.group(), MemberDisplay.FIRST_NAMES);
        assertThat(members.publicNames(f.group())).containsExactly("Maria", "Yohana");

        Callers.as(owner, () -> members.choosePseudonym(f.group(), f.member(), "  Kak Ana  "));
        display(owner, f.group(), MemberDisplay.PSEUDONYMS);
        assertThat(members.publicNames(f.group())).containsExactly("Kak Ana");

        display(owner, f.group(), MemberDisplay.GROUP_NAME);
        assertThat(members.publicNames(f.group())).isEmpty();
    }

    @Test
    void a_pseudonym_too_long_is_refused_and_changes_nothing() {
        Fixture f = group("Ulap Doyo Samarinda Empat");
        Caller owner = Callers.producer(f.owner().value(), f.group().value());
        Callers.as(owner, () -> members.choosePseudonym(f.group(), f.member(), "Ana"));
        assertThatThrownBy(() -> Callers.as(owner, () -> members.choosePseudonym(f.group(), f.member(), "x".repeat(41))))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("identity.error.pseudonym-invalid"));
        assertThat(Callers.as(owner, () -> members.members(f.group()))).filteredOn(m -> m.account().equals(f.member()))
                .extracting(GroupMember::publicName).containsExactly("Ana");
    }

    @Test
    void a_first_name_is_the_first_word() {
        assertThat(GroupMembers.firstName("  Maria Goreti Bere ")).isEqualTo("Maria");
        assertThat(GroupMembers.firstName("Sutrisno")).isEqualTo("Sutrisno");
        assertThat(GroupMembers.firstName(" ")).isNull();
    }

    private void display(Caller owner, GroupId group, MemberDisplay display) {
        Callers.as(owner, () -> groups.updateProfile(group, new LocalizedText("Cerita kami.", null), null, List.of(), display));
    }
}
