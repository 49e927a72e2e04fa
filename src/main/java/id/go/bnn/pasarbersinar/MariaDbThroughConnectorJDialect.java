package id.go.bnn.pasarbersinar;

import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.lock.internal.MariaDBLockingSupport;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * MariaDB reached through MySQL Connector/J ({@code jdbc:mysql:}, as the operations guide advises) calls itself MySQL
 * "5.5.5-10.11…", so Hibernate picks its MySQL dialect, whose row locks name the locked tables ({@code for update of
 * oe1_0 skip locked}). MariaDB has no {@code of}: Hibernate Search's outbox, which takes its events with such a lock,
 * failed on every poll, and no change reached a shared search index. This is the MySQL dialect with MariaDB's locking
 * (10.6+: {@code skip locked}, {@code nowait}, {@code wait n}, no table list); {@link MariaDbDialectChoice} picks it on
 * MariaDB only. The shop itself takes no Hibernate row locks (its locking reads are plain SQL).
 */
public class MariaDbThroughConnectorJDialect extends MySQLDialect {

    private static final LockingSupport MARIADB_LOCKING = new MariaDBLockingSupport(true, true, true);

    public MariaDbThroughConnectorJDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public LockingSupport getLockingSupport() {
        return MARIADB_LOCKING;
    }

    @Override
    protected boolean supportsAliasLocks() {
        return false;
    }

    @Override
    public String getForUpdateSkipLockedString(String aliases) {
        return getForUpdateSkipLockedString();
    }

    @Override
    public String getForUpdateNowaitString(String aliases) {
        return getForUpdateNowaitString();
    }

    @Override
    public String getForUpdateString(String aliases) {
        return getForUpdateString();
    }
}
