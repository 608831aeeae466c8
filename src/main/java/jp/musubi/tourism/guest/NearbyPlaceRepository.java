package jp.musubi.tourism.guest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NearbyPlaceRepository extends JpaRepository<NearbyPlace, UUID> {

	List<NearbyPlace> findAllByOrderByPrefectureAscCityAsc();

	boolean existsByPrefectureAndCity(String prefecture, String city);

}
