package id.go.bnn.pasarbersinar.exhibition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionPlan;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;

/** The details of an event as staff type them; the service checks them (dates, lengths, province, commission). */
class ExhibitionForm extends Div {

    final TextField name = new TextField();
    final TextField place = new TextField();
    final Select<Province> province = new Select<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    /** Whole percent: booth commissions are round figures (0 % for most fairs). */
    final IntegerField commission = new IntegerField();

    ExhibitionForm(List<Province> provinces) {
        addClassName("pb-exhibition-form");
        name.setLabel(getTranslation("exhibition.form.name"));
        name.setMaxLength(160);
        name.addClassName("pb-exhibition-name");
        place.setLabel(getTranslation("exhibition.form.place"));
        place.setMaxLength(200);
        place.addClassName("pb-exhibition-place");
        province.setLabel(getTranslation("exhibition.form.province"));
        Caller caller = Caller.current();
        province.setItems(provinces.stream().filter(p -> caller.curates(p.code())).toList());
        province.setItemLabelGenerator(Province::name);
        province.addClassName("pb-exhibition-province");
        startsOn.setLabel(getTranslation("exhibition.form.starts"));
        endsOn.setLabel(getTranslation("exhibition.form.ends"));
        for (DatePicker picker : List.of(startsOn, endsOn)) {
            picker.setLocale(getLocale());
        }
        startsOn.addClassName("pb-exhibition-starts");
        endsOn.addClassName("pb-exhibition-ends");
        commission.setLabel(getTranslation("exhibition.form.commission"));
        commission.setHelperText(getTranslation("exhibition.form.commission-help"));
        commission.setMin(0);
        commission.setMax(100);
        commission.setValue(0);
        commission.addClassName("pb-exhibition-commission");
        add(name, place, province, startsOn, endsOn, commission);
    }

    void fill(Exhibition event, List<Province> provinces) {
        name.setValue(event.name());
        place.setValue(event.place());
        provinces.stream().filter(p -> p.code().equals(event.provinceCode())).findFirst().ifPresent(province::setValue);
        startsOn.setValue(event.startsOn());
        endsOn.setValue(event.endsOn());
        commission.setValue(event.commissionBps() / 100);
    }

    ExhibitionPlan plan() {
        Integer percent = commission.getValue();
        return new ExhibitionPlan(name.getValue(), place.getValue(), province.getValue() == null ? null : province.getValue().code(),
                startsOn.getValue(), endsOn.getValue(), percent == null ? -1 : percent * 100);
    }
}
