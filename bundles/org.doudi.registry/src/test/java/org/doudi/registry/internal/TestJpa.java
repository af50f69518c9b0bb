package org.doudi.registry.internal;

import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The registry's persistence unit on EclipseLink outside OSGi, behind a JpaTemplate that behaves like Aries JPA's
 * resource-local one: a nested call joins the thread's transaction, the outermost commits or rolls back.
 */
public final class TestJpa implements JpaTemplate {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public TestJpa(DataSource ds) {
        Map<String, Object> p = new HashMap<>();
        p.put("javax.persistence.nonJtaDataSource", ds);
        p.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("eclipselink.weaving", "false");
        p.put("eclipselink.logging.level", "WARNING");
        emf = Persistence.createEntityManagerFactory("doudi-registry", p);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager joined = current.get();
        if (joined != null) {
            return code.apply(joined);
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        try {
            em.getTransaction().begin();
            R result = code.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    public void close() {
        emf.close();
    }
}
