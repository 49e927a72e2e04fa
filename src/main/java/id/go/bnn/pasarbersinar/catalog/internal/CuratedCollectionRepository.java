package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CuratedCollectionRepository extends JpaRepository<CuratedCollection, Long> {

    Optional<CuratedCollection> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<CuratedCollection> findByFeaturedTrueOrderByPosition();

    List<CuratedCollection> findAllByOrderByPosition();
}
