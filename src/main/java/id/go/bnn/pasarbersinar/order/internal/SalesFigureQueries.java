package id.go.bnn.pasarbersinar.order.internal;

import static id.go.bnn.pasarbersinar.shared.MonthBoundaries.idsSql;

import id.go.bnn.pasarbersinar.order.SalesFigures.Refunds;
import id.go.bnn.pasarbersinar.order.SalesFigures.Sales;
import id.go.bnn.pasarbersinar.order.SalesFigures.SharedParcel;
import id.go.bnn.pasarbersinar.order.SalesFigures.Shipments;
import id.go.bnn.pasarbersinar.shared.MonthBoundaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link id.go.bnn.pasarbersinar.order.SalesFigures}: each query sums in the database and returns at
 * most one row per month and group; the period's rows are found through the V70 indexes ({@code customer_order.paid_at},
 * {@code fulfilment.shipped_at}, {@code order_refund.settled_at}).
 */
@Repository
public class SalesFigureQueries {

    private final JdbcClient jdbc;

    SalesFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Sales> sales(MonthBoundaries months, Set<Long> groups) {
        List<Object> params = new ArrayList<>(months.indexParams());
        params.addAll(months.rangeParams());
        String sql = "SELECT m, group_id, COUNT(*), SUM(items_total), SUM(shipping), SUM(quantity) FROM ("
                + "SELECT " + months.indexSql("o.paid_at") + " AS m, f.group_id, f.items_total, f.shipping, "
                + "(SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l WHERE l.fulfilment_id = f.id) AS quantity "
                + "FROM customer_order o JOIN fulfilment f ON f.order_id = o.id WHERE " + months.rangeSql("o.paid_at")
                + idsSql("f.group_id", groups, params) + ") x GROUP BY m, group_id";
        return jdbc.sql(sql).params(params)
                .query((rs, row) -> new Sales(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))).list();
    }

    public List<Refunds> refunds(MonthBoundaries months, Set<Long> groups) {
        List<Object> params = new ArrayList<>(months.indexParams());
        params.addAll(months.rangeParams());
        String sql = "SELECT m, group_id, SUM(amount) FROM (SELECT " + months.indexSql("r.settled_at") + " AS m, f.group_id, "
                + "r.items + r.shipping AS amount FROM order_refund r JOIN fulfilment f ON f.id = r.fulfilment_id "
                + "WHERE r.status = 'SUCCEEDED' AND " + months.rangeSql("r.settled_at") + idsSql("f.group_id", groups, params)
                + ") x GROUP BY m, group_id";
        return jdbc.sql(sql).params(params).query((rs, row) -> new Refunds(rs.getInt(1), rs.getLong(2), rs.getLong(3))).list();
    }

    public List<Shipments> shipments(MonthBoundaries months, Set<Long> groups) {
        List<Object> params = new ArrayList<>(months.indexParams());
        params.addAll(months.rangeParams());
        String sql = "SELECT m, group_id, COUNT(*), SUM(seconds) FROM (SELECT " + months.indexSql("f.shipped_at") + " AS m, f.group_id, "
                + "TIMESTAMPDIFF(SECOND, o.paid_at, f.shipped_at) AS seconds FROM fulfilment f JOIN customer_order o ON o.id = f.order_id "
                + "WHERE " + months.rangeSql("f.shipped_at") + " AND o.paid_at IS NOT NULL" + idsSql("f.group_id", groups, params)
                + ") x GROUP BY m, group_id";
        return jdbc.sql(sql).params(params).query((rs, row) -> new Shipments(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    public List<SharedParcel> sharedParcels(MonthBoundaries months, Set<Long> groups) {
        List<Object> params = new ArrayList<>(months.indexParams());
        params.addAll(months.rangeParams());
        String sql = "SELECT " + months.indexSql("o.paid_at") + ", f.order_id, f.group_id FROM customer_order o JOIN fulfilment f ON f.order_id = o.id "
                + "WHERE " + months.rangeSql("o.paid_at") + idsSql("f.group_id", groups, params)
                + " AND EXISTS (SELECT 1 FROM fulfilment other WHERE other.order_id = f.order_id AND other.group_id <> f.group_id)";
        return jdbc.sql(sql).params(params).query((rs, row) -> new SharedParcel(rs.getInt(1), rs.getLong(2), rs.getLong(3))).list();
    }
}
