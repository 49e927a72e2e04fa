package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.StockMovedException;
import java.util.ArrayList;
import java.util.List;

/** The listing's variants in the editor: each a name, its stock and an optional own price, checked on the catalog's rules. */
final class VariantsEditor extends Div {

    final List<VariantRow> rows = new ArrayList<>();

    VariantsEditor() {
        addClassName("pb-variant-list");
    }

    /**
     * A variant being edited: its SKU (null when new), name, stock and optional own price, and the stock it was shown
     * with (the shop sets the typed stock only while it still is that figure).
     */
    final class VariantRow {
        final String sku;
        Integer stockSeen;
        final TextField name = new TextField(getTranslation("catalog.editor.variant.name"));
        final IntegerField stock = new IntegerField(getTranslation("catalog.editor.variant.stock"));
        final IntegerField ownPrice = new IntegerField(getTranslation("catalog.editor.variant.price"));
        final String nameEn;
        final Div row = new Div();
        private final Binder<ListingEdit.Variant> binder = new Binder<>();

        VariantRow(ListingEdit.Variant variant) {
            // The rules (and their messages) are the catalog's, not the fields' own range checks.
            binder.setDefaultValidatorsEnabled(false);
            this.sku = variant == null ? null : variant.sku();
            this.nameEn = variant == null ? null : variant.nameEn();
            this.stockSeen = variant == null ? null : variant.stockSeen();
            String nameMessage = getTranslation("catalog.editor.error.variant-name");
            binder.forField(name).withValidator(EditorRules.given(nameMessage))
                    .withValidator(EditorRules.annotated(ListingEdit.Variant.class, "nameId", nameMessage))
                    .bind(ListingEdit.Variant::nameId, EditorRules.readOnly());
            String stockMessage = getTranslation("catalog.editor.error.stock");
            binder.forField(stock).withValidator(EditorRules.given(stockMessage))
                    .withValidator(EditorRules.annotated(ListingEdit.Variant.class, "stock", stockMessage))
                    .bind(ListingEdit.Variant::stock, EditorRules.readOnly());
            binder.forField(ownPrice).withConverter(EditorRules.rupiah())
                    .withValidator(EditorRules.annotated(ListingEdit.Variant.class, "price", getTranslation("catalog.editor.error.price")))
                    .bind(ListingEdit.Variant::price, EditorRules.readOnly());
            name.setMaxLength(ListingEdit.MAX_VARIANT_NAME_LENGTH);
            stock.setMin(0);
            stock.setStepButtonsVisible(true);
            if (variant == null) {
                stock.setValue(1);
            } else {
                binder.readBean(variant);
            }
            ownPrice.setPrefixComponent(new Span("Rp"));
            ownPrice.setHelperText(getTranslation("catalog.editor.variant.price.help"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                if (rows.size() > 1) {
                    rows.remove(this);
                    VariantsEditor.this.remove(row);
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("catalog.editor.variant.remove"));
            row.add(name, stock, ownPrice, remove);
            row.addClassName("pb-variant");
        }

        ListingEdit.Variant value() {
            return new ListingEdit.Variant(sku, name.getValue().strip(), nameEn,
                    ownPrice.getValue() == null ? null : ownPrice.getValue().longValue(), stock.getValue(), stockSeen);
        }
    }

    void addVariant(ListingEdit.Variant variant) {
        VariantRow row = new VariantRow(variant);
        rows.add(row);
        add(row.row);
    }

    /** Checks every row, marking each field that breaks a rule; true when all pass. */
    boolean validate() {
        boolean ok = true;
        for (VariantRow row : rows) {
            ok &= row.binder.validate().isOk();
        }
        return ok;
    }

    List<ListingEdit.Variant> values() {
        return rows.stream().map(VariantRow::value).toList();
    }

    /**
     * Orders took (or returned) stock since the editor opened: each moved variant now shows its current stock, says
     * what the producer had typed, and the next save is checked against the new figure.
     */
    void showMovedStock(StockMovedException moved) {
        for (VariantRow row : rows) {
            Integer now = row.sku == null ? null : moved.currentBySku().get(row.sku);
            if (now != null) {
                Integer typed = row.stock.getValue();
                row.stockSeen = now;
                row.stock.setValue(now);
                row.stock.setErrorMessage(getTranslation("catalog.editor.stock-moved.variant", now, typed == null ? "" : typed));
                row.stock.setInvalid(true);
            }
        }
    }
}
