package jp.musubi.shop.invoice;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedInvoices extends JpaRepository<Invoice, UUID> {

}
