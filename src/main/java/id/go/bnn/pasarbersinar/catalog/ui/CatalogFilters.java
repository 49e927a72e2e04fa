package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery.Sort;
import id.go.bnn.pasarbersinar.catalog.Category;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Programme;
import id.go.bnn.pasarbersinar.producer.Regions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The catalog's filters and order. Each change hands the new query to the view, which puts it into the address:
 * the filters hold no state of their own beyond what the address says. On a phone the filters fold away behind one
 * "Filter" button that counts the filters in force; the order stays beside it.
 */
class CatalogFilters extends Div {

    private final Consumer<CatalogQuery> onChange;
    private CatalogQuery current;

    CatalogFilters(Catalog catalog, ProducerGroups groups, Regions regions, CatalogQuery query, List<Sort> sorts,
            Consumer<CatalogQuery> onChange) {
        this.onChange = onChange;
        this.current = query;
        addClassName("pb-filter-bar");
        Locale locale = getLocale();

        Map<String, String> categoryNames = catalog.categories().stream()
                .collect(Collectors.toMap(Category::code, category -> category.name().in(locale), (a, b) -> a, java.util.LinkedHashMap::new));
        Select<String> category = select("catalog.filter.category", List.copyOf(categoryNames.keySet()), categoryNames,
                query.categoryCode());
        category.addValueChangeListener(e -> change(current.withCategory(e.getValue())));

        // Only provinces where the shop has makers: a list of 38 provinces with 30 empty ones helps no one.
        Map<String, String> provinceNames = new TreeMap<>();
        for (GroupSummary group : groups.listPublic()) {
            provinceNames.put(group.provinceCode(), group.provinceName());
        }
        List<String> provinceCodes = provinceNames.keySet().stream().sorted(Comparator.comparing(provinceNames::get)).toList();
        Select<String> province = select("catalog.filter.province", provinceCodes, provinceNames, query.provinceCode());
        province.addValueChangeListener(e -> change(current.withProvince(e.getValue())));

        Map<String, String> programmeNames = regions.programmes().stream()
                .collect(Collectors.toMap(Programme::code, programme -> programme.name().in(locale), (a, b) -> a, java.util.LinkedHashMap::new));
        Select<String> programme = select("catalog.filter.programme", List.copyOf(programmeNames.keySet()), programmeNames,
                query.programmeCode());
        programme.addValueChangeListener(e -> change(new CatalogQuery(current.categoryCode(), current.provinceCode(), e.getValue(),
                current.minPrice(), current.maxPrice(), current.inStockOnly(), current.sort(), current.groupId())));

        IntegerField minPrice = price("catalog.filter.min-price", query.minPrice());
        minPrice.addValueChangeListener(e -> change(new CatalogQuery(current.categoryCode(), current.provinceCode(),
                current.programmeCode(), rupiah(e.getValue()), current.maxPrice(), current.inStockOnly(), current.sort(), current.groupId())));
        IntegerField maxPrice = price("catalog.filter.max-price", query.maxPrice());
        maxPrice.addValueChangeListener(e -> change(new CatalogQuery(current.categoryCode(), current.provinceCode(),
                current.programmeCode(), current.minPrice(), rupiah(e.getValue()), current.inStockOnly(), current.sort(), current.groupId())));

        Checkbox inStock = new Checkbox(getTranslation("catalog.filter.in-stock"), query.inStockOnly());
        inStock.addClassName("pb-filter-stock");
        inStock.addValueChangeListener(e -> change(new CatalogQuery(current.categoryCode(), current.provinceCode(),
                current.programmeCode(), current.minPrice(), current.maxPrice(), e.getValue(), current.sort(), current.groupId())));

        Select<Sort> sort = new Select<>();
        sort.setLabel(getTranslation("catalog.sort.label"));
        sort.setItems(sorts);
        sort.setItemLabelGenerator(option -> getTranslation(sortLabel(option)));
        sort.setValue(query.sort() != null && sorts.contains(query.sort()) ? query.sort() : sorts.getFirst());
        sort.addClassName("pb-filter-sort");
        sort.addValueChangeListener(e -> change(current.sortedBy(e.getValue())));

        int active = activeFilters(query);
        Button toggle = new Button(active == 0 ? getTranslation("catalog.filter.button")
                : getTranslation("catalog.filter.button.count", active), VaadinIcon.FILTER.create());
        toggle.addClassName("pb-filter-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        Div fields = new Div(category, province, programme, minPrice, maxPrice, inStock);
        fields.addClassName("pb-filters");
        fields.setId("pb-filter-fields");
        toggle.getElement().setAttribute("aria-controls", "pb-filter-fields");
        toggle.addClickListener(click -> {
            boolean open = !hasClassName("pb-filters-open");
            setClassName("pb-filters-open", open);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        add(toggle, fields, sort);
    }

    /** Filters the visitor has set (the order is not a filter, nor the group a group page is about). */
    static int activeFilters(CatalogQuery query) {
        int count = 0;
        count += query.categoryCode() != null ? 1 : 0;
        count += query.provinceCode() != null ? 1 : 0;
        count += query.programmeCode() != null ? 1 : 0;
        count += query.minPrice() != null ? 1 : 0;
        count += query.maxPrice() != null ? 1 : 0;
        count += query.inStockOnly() ? 1 : 0;
        return count;
    }

    private static String sortLabel(Sort sort) {
        return switch (sort) {
            case RELEVANCE -> "catalog.sort.relevan";
            case NEWEST -> "catalog.sort.terbaru";
            case PRICE_ASC -> "catalog.sort.termurah";
            case PRICE_DESC -> "catalog.sort.termahal";
            case POPULAR -> "catalog.sort.terlaris";
            case RATING -> "catalog.sort.ulasan-terbaik";
        };
    }

    private void change(CatalogQuery changed) {
        current = changed;
        onChange.accept(changed);
    }

    private Select<String> select(String labelKey, List<String> codes, Map<String, String> names, String selected) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(codes);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("catalog.filter.all"));
        select.setItemLabelGenerator(code -> code == null ? getTranslation("catalog.filter.all") : names.getOrDefault(code, code));
        if (selected != null && codes.contains(selected)) {
            select.setValue(selected);
        }
        return select;
    }

    private IntegerField price(String labelKey, Long value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setStep(10_000);
        field.setPrefixComponent(new com.vaadin.flow.component.html.Span("Rp"));
        field.addClassName("pb-filter-price");
        if (value != null && value <= Integer.MAX_VALUE) {
            field.setValue(value.intValue());
        }
        return field;
    }

    private static Long rupiah(Integer value) {
        return value == null || value < 0 ? null : value.longValue();
    }
}
