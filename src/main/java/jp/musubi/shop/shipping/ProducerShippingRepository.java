package jp.musubi.shop.shipping;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProducerShippingRepository extends JpaRepository<ProducerShipping, UUID> {

}
