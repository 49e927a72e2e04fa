package id.go.bnn.pasarbersinar.producer.internal;

import id.go.bnn.pasarbersinar.producer.Verification;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProducerGroupRepository extends JpaRepository<ProducerGroup, Long> {

    Optional<ProducerGroup> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByDemoTrue();

    List<ProducerGroup> findByVerificationOrderByName(Verification verification);

    List<ProducerGroup> findAllByOrderByName();

    List<ProducerGroup> findByProvinceCodeInOrderByName(Collection<String> provinceCodes);
}
