package jp.musubi.shop.storefront;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StorefrontRepository extends JpaRepository<Storefront, UUID> {

}
