package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.ReturnFixture;
import id.go.bnn.pasarbersinar.order.ReturnReason;
import id.go.bnn.pasarbersinar.order.Returns;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The return pages: the buyer asks from the order page (rule shown first, photo checked), the group answers on
 * /mitra/retur, the curator decides on /staf/sengketa; and everything typed (the buyer's words, the group's reason,
 * the curator's note, the product's title) is shown as text on each of them.
 */
class ReturnPagesTest extends OrderPageSetUp {

    static final String ATTACK = OrderPagesInjectionTest.ATTACK;
    static final String ESCAPED = OrderPagesInjectionTest.ESCAPED;

    @Autowired
    ReturnFixture returnFixture;
    @Autowired
    Returns returns;

    private void openAsBuyer(ReturnFixture.Delivered d) {
        UI.getCurrent().navigate("pesanan/" + d.number(), QueryParameters.simple(Map.of("t", d.token())));
    }

    private Dialog dialog() {
        return $(Dialog.class).first();
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).first()).click();
    }

    private Div card(long id) {
        return $(Div.class).withClassName("pb-return").all().stream()
                .filter(div -> String.valueOf(id).equals(div.getElement().getAttribute("data-return"))).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_buyer_reads_the_rule_then_asks_for_a_return_with_a_photo_from_the_order_page() {
        ReturnFixture.Delivered d = returnFixture.delivered();
        openAsBuyer(d);
        assertThat($(Paragraph.class).withClassName("pb-return-rule").first().getText())
                .contains("7 hari").contains("ditanggung kelompok").contains("berubah pikiran");
        click("pb-return-ask");
        ReturnDialog dialog = (ReturnDialog) dialog();
        dialog.photoUploaded("not a picture".getBytes());
        assertThat($(Paragraph.class, dialog).withClassName("pb-return-photo-state").first().getText()).isNotBlank().doesNotContain("1 dari");
        dialog.photoUploaded(ReturnFixture.png());
        assertThat($(Paragraph.class, dialog).withClassName("pb-return-photo-state").first().getText()).isEqualTo("Foto ditambahkan (1 dari 3).");
        // More than was bought: refused inside the dialog, nothing stored.
        $(IntegerField.class, dialog).withClassName("pb-return-quantity").first().setValue(3);
        click("pb-dialog-confirm");
        assertThat($(Paragraph.class, dialog).withClassName("pb-order-error").first().getText()).contains("Jumlahnya tidak sesuai");
        assertThat(returnFixture.returnsOf(d.parcel())).isZero();

        $(IntegerField.class, dialog).withClassName("pb-return-quantity").first().setValue(1);
        RadioButtonGroup<ReturnReason> reason = $(RadioButtonGroup.class, dialog).withClassName("pb-return-reason").first();
        reason.setValue(ReturnReason.CHANGED_MIND);
        assertThat($(Paragraph.class, dialog).withClassName("pb-return-shipping").first().getText()).contains("ditanggung pembeli");
        reason.setValue(ReturnReason.DAMAGED);
        assertThat($(Paragraph.class, dialog).withClassName("pb-return-shipping").first().getText()).contains("ditanggung kelompok");
        $(TextArea.class, dialog).withClassName("pb-return-description").first().setValue("Retak di sudut");
        click("pb-dialog-confirm");

        assertThat(returnFixture.returnsOf(d.parcel())).isEqualTo(1);
        assertThat($(Paragraph.class).withClassName("pb-order-saved").first().getText()).contains("Pengajuan retur Anda dikirim");
        // the photo at the return's checked address with the signed link, never at the public /gambar/…
        assertThat($(Div.class).withClassName("pb-return").first().getElement().getOuterHTML()).contains("Retak di sudut")
                .containsPattern("/pesanan/retur/[0-9]+/foto/[0-9a-f]{64}/240\\?t=").doesNotContain("/gambar/");
        // One return at a time: the button is gone.
        assertThat($(Button.class).withClassName("pb-return-ask").all()).isEmpty();
    }

    @Test
    void the_group_declines_on_its_returns_page_the_buyer_escalates_and_the_curator_decides_everything_typed_shown_as_text() {
        long variant = fixture.variant(fixture.ntt(), 5, ReturnFixture.PRICE, ATTACK);
        ReturnFixture.Delivered d = returnFixture.delivered(fixture.ntt());
        // The fixture's own product; the attacker's title goes on a second parcel line instead via the listing title.
        fixture.jdbc().sql("UPDATE order_line SET title = ?, title_en = ? WHERE id = ?").params(ATTACK, ATTACK, d.line()).update();
        long id = returns.request(d.parcel(), d.token(), ReturnReason.NOT_AS_DESCRIBED, ATTACK, Map.of(d.line(), 1), List.of());

        Callers.signIn(Callers.producer(-9601, d.group().id()));
        navigate("mitra/retur", GroupReturnsView.class);
        assertThat(card(id).getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
        $(TextArea.class, card(id)).withClassName("pb-return-decline-reason").first().setValue(" ");
        test($(Button.class, card(id)).withClassName("pb-return-decline").first()).click();
        assertThat($(Paragraph.class, card(id)).withClassName("pb-order-error").first().getText()).contains("alasan penolakan");
        $(TextArea.class, card(id)).withClassName("pb-return-decline-reason").first().setValue(ATTACK);
        test($(Button.class, card(id)).withClassName("pb-return-decline").first()).click();
        assertThat(returnFixture.returnStatus(id)).isEqualTo("DECLINED");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");

        Callers.signOut();
        openAsBuyer(d);
        assertThat(card(id).getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
        test($(Button.class, card(id)).withClassName("pb-return-escalate").first()).click();
        assertThat(returnFixture.returnStatus(id)).isEqualTo("ESCALATED");

        Callers.signIn(Callers.curator(-9602, "36"));
        navigate("staf/sengketa", DisputesView.class);
        assertThat($(Div.class).withClassName("pb-return").all()).noneMatch(div -> String.valueOf(id).equals(div.getElement().getAttribute("data-return")));

        Callers.signIn(Callers.curator(-9603, "53"));
        navigate("pesanan/" + d.number(), OrderView.class);
        navigate("staf/sengketa", DisputesView.class);
        Div dispute = card(id);
        assertThat(dispute.getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
        $(IntegerField.class, dispute).withClassName("pb-decide-amount").first().setValue((int) ReturnFixture.PRICE + 1);
        $(TextArea.class, dispute).withClassName("pb-decide-note").first().setValue(ATTACK);
        test($(Button.class, dispute).withClassName("pb-decide").first()).click();
        assertThat($(Paragraph.class, card(id)).withClassName("pb-order-error").first().getText()).contains("Jumlahnya tidak sesuai");
        assertThat(returnFixture.returnStatus(id)).isEqualTo("ESCALATED");
        $(IntegerField.class, card(id)).withClassName("pb-decide-amount").first().setValue((int) ReturnFixture.PRICE);
        test($(Checkbox.class, card(id)).withClassName("pb-decide-platform").first()).click();
        test($(Button.class, card(id)).withClassName("pb-decide").first()).click();
        assertThat(returnFixture.returnStatus(id)).isEqualTo("DECIDED");
        assertThat($(Paragraph.class).withClassName("pb-order-saved").first().getText()).contains(Money.rupiah(ReturnFixture.PRICE).format());

        Callers.signOut();
        openAsBuyer(d);
        Paragraph decision = $(Paragraph.class, card(id)).withClassName("pb-return-decision").first();
        assertThat(decision.getText()).contains("ditanggung platform").contains(ATTACK);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
        assertThat(variant).isPositive();
    }

    @Test
    void the_group_accepts_the_buyer_ships_back_and_the_group_confirms_receipt_on_the_order_page() {
        ReturnFixture.Delivered d = returnFixture.delivered();
        long id = returns.request(d.parcel(), d.token(), ReturnReason.WRONG_ITEM, "Warna lain", Map.of(d.line(), 2), List.of());
        Callers.signIn(Callers.producer(-9604, d.group().id()));
        navigate("pesanan/" + d.number(), OrderView.class);
        test($(Button.class, card(id)).withClassName("pb-return-accept").first()).click();
        assertThat(returnFixture.returnStatus(id)).isEqualTo("ACCEPTED");

        Callers.signOut();
        openAsBuyer(d);
        long postage = returnFixture.postageMax(d.parcel());
        $(TextField.class, card(id)).withClassName("pb-return-tracking").first().setValue("JNE-RETUR-77");
        IntegerField postageField = $(IntegerField.class, card(id)).withClassName("pb-return-postage").first();
        assertThat(postageField.isVisible()).isTrue();
        postageField.setValue((int) postage + 1);
        test($(Button.class, card(id)).withClassName("pb-return-ship-back").first()).click();
        assertThat(returnFixture.returnStatus(id)).isEqualTo("ACCEPTED");
        assertThat(card(id).getElement().getOuterHTML()).contains(Money.rupiah(postage).format());
        $(IntegerField.class, card(id)).withClassName("pb-return-postage").first().setValue((int) postage);
        test($(Button.class, card(id)).withClassName("pb-return-ship-back").first()).click();
        assertThat(returnFixture.returnStatus(id)).isEqualTo("SHIPPED_BACK");

        Callers.signIn(Callers.producer(-9604, d.group().id()));
        navigate("pesanan/" + d.number(), OrderView.class);
        navigate("mitra/retur", GroupReturnsView.class);
        assertThat(card(id).getElement().getOuterHTML()).contains("JNE-RETUR-77");
        assertThat($(Paragraph.class, card(id)).withClassName("pb-return-postage-stated").first().getText()).contains(Money.rupiah(postage).format());
        test($(Button.class, card(id)).withClassName("pb-return-receive").first()).click();
        assertThat(returnFixture.returnStatus(id)).isIn("RECEIVED", "REFUNDED");
        assertThat($(Paragraph.class).withClassName("pb-order-saved").first().getText())
                .contains(Money.rupiah(2 * ReturnFixture.PRICE + postage).format());
    }
}
