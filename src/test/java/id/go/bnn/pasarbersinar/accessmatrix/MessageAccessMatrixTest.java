package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.message.Conversation;
import id.go.bnn.pasarbersinar.message.MessageFixture;
import id.go.bnn.pasarbersinar.message.Messages;
import id.go.bnn.pasarbersinar.message.Side;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access matrix of the messages: the matrix order's conversation with its NTT group is read, written and reported
 * by its two sides only (not another group, a curator before any report, another buyer or nobody), the inboxes are
 * their owners' (so are the photos in it), and only staff of the group's province open it to the curator for a dispute.
 */
class MessageAccessMatrixTest extends AccessMatrix {

    @Autowired
    Messages messages;

    /** The matrix order's conversation with the NTT group, opened by a member of the group (the same one each time). */
    private long conversation() {
        return Callers.as(memberOfNtt, () -> messages.openForOrder(orderNumber, nttGroup.value(), null));
    }

    @Override
    void addRows(List<Row> rows) {
        long id = conversation();
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfNtt, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Messages.read of the NTT order's conversation", caller, () -> messages.read(id, null)));
            rows.add(new Row(name(caller), "Messages.read with a forged link", caller, () -> messages.read(id, "forged")));
            rows.add(new Row(name(caller), "Messages.write in the NTT order's conversation", caller, () -> messages.write(id, null, "Halo")));
            rows.add(new Row(name(caller), "Messages.write with a photo in the NTT order's conversation", caller,
                    () -> messages.write(id, null, "Foto", List.of(MessageFixture.photo("matriks")))));
            rows.add(new Row(name(caller), "Messages.report of the NTT order's conversation", caller, () -> messages.report(id, null)));
            rows.add(new Row(name(caller), "Messages.openForOrder of the NTT order", caller,
                    () -> messages.openForOrder(orderNumber, nttGroup.value(), null)));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Messages.disputeOpened of the NTT order", caller, () -> messages.disputeOpened(orderNumber, nttGroup.value())));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Messages.groupInbox", caller, () -> messages.groupInbox()));
        }
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Messages.reportedInbox", caller, () -> messages.reportedInbox()));
        }
        rows.add(new Row("nobody", "Messages.buyerInbox", anonymous, () -> messages.buyerInbox()));
        rows.add(new Row("nobody", "Messages.askAboutProduct", anonymous, () -> messages.askAboutProduct("selendang-matriks", "Halo")));
    }

    @Test
    void the_groups_member_and_the_buyers_signed_link_read_the_conversation() {
        long id = conversation();
        Conversation byMember = Callers.as(memberOfNtt, () -> messages.read(id, null));
        assertThat(byMember.readerSide()).isEqualTo(Side.GROUP);
        String token = Caller.runAsSystem(() -> orders.linkToken(orderNumber));
        assertThat(messages.read(id, token).readerSide()).isEqualTo(Side.BUYER);
        assertThat(Callers.as(memberOfNtt, () -> messages.groupInbox())).extracting(c -> c.id()).contains(id);
    }

    @Test
    void a_photo_in_the_conversation_is_seen_by_its_two_sides_and_by_nobody_else() {
        long id = conversation();
        Callers.as(memberOfNtt, () -> {
            messages.write(id, null, "Foto paket sebelum dikirim", List.of(MessageFixture.photo("matriks foto")));
            return null;
        });
        String token = Caller.runAsSystem(() -> orders.linkToken(orderNumber));
        List<String> byBuyer = messages.read(id, token).posts().getLast().photos();
        assertThat(byBuyer).hasSize(1);
        assertThat(Callers.as(memberOfNtt, () -> messages.read(id, null)).posts().getLast().photos()).isEqualTo(byBuyer);
        for (Caller caller : List.of(ownerOfBantenGroup, curatorOfBanten, buyerACaller, anonymous)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Callers.as(caller, () -> messages.read(id, null))))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }
}
