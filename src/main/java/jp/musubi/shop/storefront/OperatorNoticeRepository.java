package jp.musubi.shop.storefront;

import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorNoticeRepository extends JpaRepository<OperatorNotice, Short> {

}
