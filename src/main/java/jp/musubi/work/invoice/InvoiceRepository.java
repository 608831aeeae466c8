package jp.musubi.work.invoice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

	List<Invoice> findByContractIdOrderByIssuedOn(UUID contractId);

	Optional<Invoice> findByMilestoneId(UUID milestoneId);

	List<Invoice> findByContractIdIn(Collection<UUID> contracts);

	List<Invoice> findAllByOrderByDueDateAsc();

	/** Open invoices, the longest overdue first. */
	Page<Invoice> findBySettledOnIsNullOrderByDueDateAscNumberAsc(Pageable page);

	Page<Invoice> findAllByOrderByIssuedOnDescNumberDesc(Pageable page);

	long countBySettledOnIsNullAndDueDateBefore(LocalDate date);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invoice i where i.id = :id")
	Optional<Invoice> findLocked(UUID id);

	List<Invoice> findByDueDateBefore(LocalDate date);

	@Query(value = "SELECT nextval('invoice_number_seq')", nativeQuery = true)
	long nextNumber();

}
