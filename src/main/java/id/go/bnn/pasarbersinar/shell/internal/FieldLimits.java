package id.go.bnn.pasarbersinar.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every text field of every page has a length limit, also on the server. After each navigation the page's fields
 * without a limit of their own get {@value #TEXT} characters ({@value #AREA} for text areas), so the browser stops
 * typing there; and every field gets a server-side guard: a longer value (sent by hand, bypassing the browser) is
 * not kept, the field is emptied and marked invalid. Request sizes are bounded separately ({@link RequestSizeLimit}).
 */
@org.springframework.stereotype.Component
class FieldLimits implements VaadinServiceInitListener {

    static final int TEXT = 254;
    static final int AREA = 5000;
    private static final String GUARDED = FieldLimits.class.getName() + ".guarded";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> apply(init.getUI())));
    }

    static void apply(UI ui) {
        limit(ui);
    }

    static void limit(Component component) {
        if (component instanceof TextFieldBase<?, ?> field && ComponentUtil.getData(field, GUARDED) == null) {
            int max = maxLength(field);
            if (max > 0) {
                ComponentUtil.setData(field, GUARDED, Boolean.TRUE);
                guard(field, max);
            }
        }
        component.getChildren().forEach(FieldLimits::limit);
    }

    /** The field's own limit, or the default one set on it now; 0 for fields that hold no free text. */
    private static int maxLength(TextFieldBase<?, ?> field) {
        switch (field) {
            case TextField text -> {
                if (text.getMaxLength() <= 0) {
                    text.setMaxLength(TEXT);
                }
                return text.getMaxLength();
            }
            case EmailField email -> {
                if (email.getMaxLength() <= 0) {
                    email.setMaxLength(TEXT);
                }
                return email.getMaxLength();
            }
            case PasswordField password -> {
                if (password.getMaxLength() <= 0) {
                    password.setMaxLength(TEXT);
                }
                return password.getMaxLength();
            }
            case TextArea area -> {
                if (area.getMaxLength() <= 0) {
                    area.setMaxLength(AREA);
                }
                return area.getMaxLength();
            }
            default -> {
                return 0;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void guard(TextFieldBase field, int max) {
        field.addValueChangeListener(change -> {
            Object value = change.getValue();
            if (value instanceof String text && text.length() > max) {
                field.setValue("");
                field.setInvalid(true);
                field.setErrorMessage(field.getTranslation("shell.field.too-long", max));
            }
        });
    }
}
