package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.message.MessageException;
import id.go.bnn.pasarbersinar.message.Messages;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** A signed-in buyer's question to the makers of a product ({@code /pesan/baru?produk=<slug>}, from the product page). */
@Route("pesan/baru")
@PermitAll
@StyleSheet("styles/message.css")
class NewQuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Messages messages;
    private final Div problems = new Div();
    private String product = "";

    NewQuestionView(Messages messages) {
        this.messages = messages;
        addClassName("pb-messages");
        TextArea text = new TextArea(getTranslation("message.ask.question"));
        text.setMaxLength(messages.maxLength());
        text.setWidthFull();
        text.addClassName("pb-message-text");
        Button send = new Button(getTranslation("message.conversation.send"), click -> {
            try {
                long id = messages.askAboutProduct(product, text.getValue());
                getUI().ifPresent(ui -> ui.navigate("pesan/" + id));
            } catch (MessageException e) {
                problems.removeAll();
                problems.add(MessagePages.problem(this, e));
            }
        });
        send.addClassName("pb-message-send");
        add(new H1(getTranslation("message.ask.title")), problems, text, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        product = event.getLocation().getQueryParameters().getParameters().getOrDefault("produk", List.of()).stream().findFirst().orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.ask.title") + " | " + getTranslation("shell.brand");
    }
}
