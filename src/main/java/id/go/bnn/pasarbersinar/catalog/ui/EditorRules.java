package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.validator.BeanValidator;

/**
 * The catalog's own rules for a listing as Binder validators: the Jakarta annotations on
 * {@link id.go.bnn.pasarbersinar.catalog.ListingEdit} that {@code Listings} checks on every save, so the editor holds no
 * limit of its own. Each speaks the editor's plain words instead of the annotation's default message.
 */
final class EditorRules {

    private EditorRules() {
    }

    /** The annotations on {@code property} of {@code type}, failing with {@code message}. */
    static <T> Validator<T> annotated(Class<?> type, String property, String message) {
        BeanValidator check = new BeanValidator(type, property);
        return (value, context) -> check.apply(value, context).isError() ? ValidationResult.error(message) : ValidationResult.ok();
    }

    /** A field that must be filled in (the annotations leave an empty number alone). */
    static <T> Validator<T> given(String message) {
        return Validator.from(value -> value != null && !(value instanceof String text && text.isBlank()), message);
    }

    /** The editor builds its {@code ListingEdit} itself when saving: bindings only read and check. */
    static <B, V> Setter<B, V> readOnly() {
        return (bean, value) -> {
        };
    }

    /** Rupiah typed in an integer field, held as the API's {@code long}. */
    static Converter<Integer, Long> rupiah() {
        return Converter.from(value -> Result.ok(value == null ? null : value.longValue()), value -> value == null ? null : value.intValue());
    }
}
