package jp.musubi.tourism.campaign;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, UUID> {

	boolean existsByRedemptionCode(String code);

	Page<Campaign> findAllByOrderBySendAtDesc(Pageable pageable);

}
