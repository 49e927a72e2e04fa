package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** Those of these slugs that products have already. */
    @Query("select p.slug from Product p where p.slug in :slugs")
    List<String> findSlugsIn(Collection<String> slugs);
}
