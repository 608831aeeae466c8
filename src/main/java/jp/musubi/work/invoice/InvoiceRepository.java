package jp.musubi.work.invoice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

	List<Invoice> findByContractIdOrderByIssuedOn(UUID contractId);

	Optional<Invoice> findByMilestoneId(UUID milestoneId);

	List<Invoice> findByContractIdIn(Collection<UUID> contracts);

	List<Invoice> findAllByOrderByDueDateAsc();

	List<Invoice> findByDueDateBefore(LocalDate date);

	@Query(value = "SELECT nextval('invoice_number_seq')", nativeQuery = true)
	long nextNumber();

}
