package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.identity.SavedAddress;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.List;
import java.util.Set;

/**
 * The access matrix of the people: accounts and their addresses, invitations, a group's members, the security log,
 * two-factor sign-in, and the developer's mailbox (the mail module, whose only guarded read is the staff's).
 */
class IdentityAccessMatrixTest extends AccessMatrix {

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(buyerACaller, memberOfNtt, curatorOfNtt, anonymous)) {
            rows.add(new Row(name(caller), "Accounts.profile of buyer B", caller, () -> accounts.profile(buyerB)));
            rows.add(new Row(name(caller), "Accounts.updateProfile of buyer B", caller, () -> accounts.updateProfile(buyerB, "Diganti", null)));
            rows.add(new Row(name(caller), "Accounts.addresses of buyer B", caller, () -> accounts.addresses(buyerB)));
            rows.add(new Row(name(caller), "Accounts.addAddress to buyer B", caller, () -> accounts.addAddress(buyerB, new SavedAddress(null,
                    "Liar", "Orang", "+6281234567890", "Jl. Liar 1", null, "Kota Kupang", NTT, "85111"))));
            rows.add(new Row(name(caller), "Accounts.removeAddress of buyer B", caller, () -> accounts.removeAddress(addressOfB)));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Invitations.inviteMember to an NTT group", caller,
                    () -> invitations.inviteMember(nttGroup, ProtectedState.FORGED_EMAIL)));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Invitations.inviteCurator", caller,
                    () -> invitations.inviteCurator(ProtectedState.FORGED_EMAIL, NTT)));
            rows.add(new Row(name(caller), "SecurityLog.newest", caller, () -> securityLog.newest(10, null, null)));
            rows.add(new Row(name(caller), "Mailer.devMailbox", caller, () -> mailer.devMailbox(10)));
        }
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Accounts.memberEmails of an NTT group", caller, () -> accounts.memberEmails(nttGroup)));
        }
        // Issue #8, a group's members.
        for (Caller caller : List.of(curatorOfBanten, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "GroupMembers.members of an NTT group", caller, () -> groupMembers.members(nttGroup)));
            rows.add(new Row(name(caller), "GroupMembers.choosePseudonym in an NTT group", caller,
                    () -> groupMembers.choosePseudonym(nttGroup, plainMemberOfNtt, "Liar")));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, memberOfNttActingForItsOtherGroup, ownerOfBantenGroup, buyerACaller,
                anonymous)) {
            rows.add(new Row(name(caller), "GroupMembers.remove from an NTT group", caller,
                    () -> groupMembers.remove(nttGroup, plainMemberOfNtt)));
            rows.add(new Row(name(caller), "GroupMembers.invite to an NTT group", caller,
                    () -> groupMembers.invite(nttGroup, ProtectedState.FORGED_EMAIL)));
        }
        rows.add(new Row(name(ownerOfBantenGroup), "Accounts.actFor a group it is not a member of", ownerOfBantenGroup,
                () -> accounts.actFor(nttGroup)));
        for (Caller caller : List.of(adminNotSystem, anonymous)) {
            rows.add(new Row(name(caller), "Accounts.provision", caller, () -> accounts.provision(ProtectedState.FORGED_EMAIL, "Liar",
                    "Kopi-Lamteuba-Seulawah-7", Set.of(Role.ADMIN), Set.of(), Set.of(), null, false)));
        }
        // The same read again, by the callers of the earnings rows, beside which it first stood.
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Accounts.memberEmails of an NTT group", caller, () -> accounts.memberEmails(nttGroup)));
        }
        rows.add(new Row("nobody", "Accounts.changePassword", anonymous, () -> accounts.changePassword("a", "Kopi-Lamteuba-Seulawah-8")));
        rows.add(new Row("nobody", "Accounts.me", anonymous, () -> accounts.me()));
        rows.add(new Row("nobody", "TwoFactor.begin", anonymous, () -> twoFactor.begin()));
    }
}
