package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.internal.AccountStore;
import id.go.bnn.pasarbersinar.identity.internal.MembershipStore;
import id.go.bnn.pasarbersinar.identity.internal.MembershipStore.MemberRow;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupProfile;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of a producer group: who belongs (for the group and staff of its province), removing a member (staff of
 * its province or the group's owner), pseudonyms, and the names the public page may show according to the group's
 * choice. Membership is read from the database on each request, so a removal takes effect on the person's next one.
 */
@Service
@Transactional
public class GroupMembers {

    public static final int MAX_PSEUDONYM = 40;

    private final MembershipStore memberships;
    private final AccountStore accounts;
    private final Invitations invitations;
    private final ProducerGroups groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupMembers(MembershipStore memberships, AccountStore accounts, Invitations invitations, ProducerGroups groups,
            ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.invitations = invitations;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    /** The members, oldest first: for members acting for the group and staff of its province. */
    @Transactional(readOnly = true)
    public List<GroupMember> members(GroupId groupId) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        caller.require(caller.curates(group.provinceCode()) || caller.actsFor(groupId.value()), "members of group " + groupId.value());
        return memberships.members(groupId.value()).stream().map(GroupMembers::member).toList();
    }

    /** Invites a member by e-mail (see {@link Invitations#inviteMember}); an invitation by staff goes to the audit log. */
    public void invite(GroupId groupId, String email) {
        invitations.inviteMember(groupId, email);
        Caller caller = Caller.current();
        GroupSummary group = group(groupId);
        events.publishEvent(new StaffDecision(caller.accountId(), caller.getName(), group.provinceCode(), "GROUP",
                String.valueOf(groupId.value()), "MEMBER_INVITED", null, "invited: " + AccountStore.normalizeEmail(email), clock.instant()));
    }

    /** Removes a member: the group's province curator, an administrator, or the group's owner (not removing itself). */
    public void remove(GroupId groupId, AccountId member) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        boolean staff = caller.curates(group.provinceCode());
        boolean owner = caller.actsFor(groupId.value()) && accounts.owns(caller.accountId(), groupId.value());
        caller.require(staff || owner, "removing a member of group " + groupId.value());
        if (!staff && caller.isAccount(member.value())) {
            throw new AccountException("identity.error.remove-self");
        }
        MemberRow row = memberships.member(groupId.value(), member.value())
                .orElseThrow(() -> new AccountException("identity.error.not-a-member"));
        memberships.remove(groupId.value(), member.value());
        events.publishEvent(new StaffDecision(caller.accountId(), caller.getName(), group.provinceCode(), "GROUP",
                String.valueOf(groupId.value()), "MEMBER_REMOVED", "member: " + row.email() + (row.owner() ? " (owner)" : ""),
                "member: none", clock.instant()));
    }

    /** A member's pseudonym (blank clears it): by a member acting for the group or staff of its province. */
    public void choosePseudonym(GroupId groupId, AccountId member, String pseudonym) {
        GroupSummary group = group(groupId);
        Caller caller = Caller.current();
        caller.require(caller.curates(group.provinceCode()) || caller.actsFor(groupId.value()), "pseudonyms of group " + groupId.value());
        String value = pseudonym == null || pseudonym.isBlank() ? null : pseudonym.strip();
        if (value != null && (value.length() > MAX_PSEUDONYM || value.chars().anyMatch(Character::isISOControl))) {
            throw new AccountException("identity.error.pseudonym-invalid");
        }
        memberships.member(groupId.value(), member.value()).orElseThrow(() -> new AccountException("identity.error.not-a-member"));
        memberships.changePublicName(groupId.value(), member.value(), value);
    }

    /**
     * The names a public group page may show, as the group chose: none (the group's name only), first names, or
     * pseudonyms (members without one are not named). Never a full name, phone or address.
     */
    @Transactional(readOnly = true)
    public List<String> publicNames(GroupId groupId) {
        return groups.publicProfile(groupId).map(GroupProfile::memberDisplay).map(display -> switch (display) {
            case GROUP_NAME -> List.<String>of();
            case FIRST_NAMES -> memberships.members(groupId.value()).stream().map(row -> firstName(row.name()))
                    .filter(Objects::nonNull).toList();
            case PSEUDONYMS -> memberships.members(groupId.value()).stream().map(MemberRow::publicName)
                    .filter(Objects::nonNull).toList();
        }).orElse(List.of());
    }

    /** The first word of a name ("Maria" of "Maria Goreti Bere"). */
    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+")[0];
    }

    private GroupSummary group(GroupId groupId) {
        return groups.find(groupId).orElseThrow(() -> new AccountException("identity.error.no-group"));
    }

    private static GroupMember member(MemberRow row) {
        return new GroupMember(new AccountId(row.accountId()), row.name(), row.email(), row.owner(), row.joinedAt(), row.publicName());
    }
}
