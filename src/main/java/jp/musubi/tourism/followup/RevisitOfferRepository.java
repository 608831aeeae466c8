package jp.musubi.tourism.followup;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisitOfferRepository extends JpaRepository<RevisitOffer, UUID> {

}
