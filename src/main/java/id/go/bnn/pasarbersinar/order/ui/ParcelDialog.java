package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import id.go.bnn.pasarbersinar.order.OrderException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A confirmation before money goes back: says what will happen and how much, and runs the service only on "yes".
 * A refusal (the parcel moved on meanwhile, quantities that do not fit) is said inside the dialog and changes nothing;
 * success closes it and hands the page a sentence saying what happened.
 */
abstract class ParcelDialog extends Dialog {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ParcelDialog.class);

    private final Div problem = new Div();
    private final Consumer<String> done;
    private final Runnable refresh;
    protected final Button confirm;

    ParcelDialog(String title, String confirmLabel, Consumer<String> done, Runnable refresh) {
        this.done = done;
        this.refresh = refresh;
        setHeaderTitle(title);
        addClassName("pb-parcel-dialog");
        setCloseOnOutsideClick(false);
        problem.addClassName("pb-dialog-problem");
        confirm = new Button(confirmLabel, click -> confirmed());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("pb-dialog-confirm");
        Button back = new Button(getTranslation("order.dialog.back"), click -> close());
        back.addClassName("pb-dialog-back");
        getFooter().add(back, confirm);
        add(problem);
    }

    /** Runs the change and answers the sentence to show; throws {@link OrderException} when refused. */
    protected abstract Supplier<String> work();

    private void confirmed() {
        problem.removeAll();
        try {
            String message = work().get();
            close();
            done.accept(message);
        } catch (OrderException e) {
            refresh.run();
            problem.add(OrderPages.problem(this, e));
        } catch (RuntimeException unexpected) {
            // Never a stack trace on the page: the person reads what to do, the log keeps the cause.
            log.error("A parcel action failed", unexpected);
            refresh.run();
            problem.add(OrderPages.problem(this, new OrderException("order.dialog.error")));
        }
    }
}
