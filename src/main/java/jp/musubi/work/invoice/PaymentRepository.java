package jp.musubi.work.invoice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, UUID> {

	List<Payment> findByInvoiceIdOrderByPaidOn(UUID invoiceId);

	List<Payment> findByInvoiceIdIn(Collection<UUID> invoices);

}
