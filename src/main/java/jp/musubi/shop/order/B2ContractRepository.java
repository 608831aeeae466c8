package jp.musubi.shop.order;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface B2ContractRepository extends JpaRepository<B2Contract, UUID> {

}
