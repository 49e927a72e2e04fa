package id.go.bnn.pasarbersinar.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks Indonesian unless the visitor chose English before (cookie), whatever the browser asks for:
 * the shop is Indonesian first.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request instanceof VaadinServletRequest servletRequest) {
                init.getUI().setLocale(Languages.fromCookies(servletRequest.getCookies()));
            } else {
                init.getUI().setLocale(Languages.DEFAULT);
            }
        });
    }
}
