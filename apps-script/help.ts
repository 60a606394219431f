// "Hướng dẫn": what each menu item does, in a few lines.
import { showDialog } from "./pages";

export const helpHtml = `
<h3>Tiện ích Kế hoạch công tác cán bộ</h3>
<ol>
  <li><strong>Tạo các trang kế hoạch</strong>: tạo các trang Cài đặt, Đơn vị, Cán bộ, Đào tạo bồi dưỡng, Quy hoạch,
  Tiêu chuẩn chức danh, Luân chuyển bố trí, Đánh giá, Nộp kế hoạch và Chỉ tiêu, có sẵn tiêu đề, danh sách chọn và ghi chú hướng dẫn.
  Trang Tiêu chuẩn chức danh điền sẵn theo Quy chế cán bộ Đoàn (QĐ 289-QĐ/TW), đơn vị sửa theo văn bản đang áp dụng.
  Trang đã có (kể cả trang mang tên riêng như “DS cán bộ”, “ĐTBD 2026”) không bị ghi đè: chỉ thêm cột còn thiếu vào cuối.
  Trang Chỉ tiêu được điền sẵn theo kế hoạch mẫu của năm và nhiệm kỳ ở trang Cài đặt.</li>
  <li><strong>Chọn kế hoạch mẫu</strong>: kế hoạch Đoàn phường theo năm kế hoạch (mặc định) hay kế hoạch năm 2023 làm ví dụ.
  Trang Chỉ tiêu đã sửa tay được hỏi trước khi thay.</li>
  <li><strong>Kiểm tra dữ liệu</strong>: tô màu và ghi chú lý do vào từng ô chưa hợp lệ; lần kiểm tra sau tự xoá các đánh dấu cũ.</li>
  <li><strong>Kiểm tra chỉ tiêu (một chạm)</strong>: tính từng chỉ tiêu theo dữ liệu, ghi vào trang “Kết quả chỉ tiêu”
  (Đạt, Chưa đạt, Thiếu dữ liệu; ai chưa đạt và vì sao; biểu đồ tỉ lệ đạt; kết quả theo từng đơn vị và khu vực; mục Quy hoạch:
  người quy hoạch đối chiếu tiêu chuẩn chức danh, chức danh chủ chốt đủ người chưa, ai sắp quá tuổi) và hiện tóm tắt ở thanh bên.</li>
  <li><strong>Lập báo cáo gửi cấp trên</strong>: trang “Báo cáo” trình bày theo thể thức văn bản của Đoàn (tên đơn vị,
  tiêu đề, bảng chỉ tiêu, các trường hợp chưa đạt, nơi nhận, chữ ký), sẵn để tải PDF khổ A4, in, ký và gửi.
  Tên người ký, địa danh và nơi nhận ghi ở trang Cài đặt.</li>
  <li><strong>Theo dõi nộp kế hoạch</strong>: đơn vị nào nộp đúng hạn, trễ hạn hay chưa nộp, ghi vào trang “Theo dõi nộp”.</li>
  <li><strong>Xuất dữ liệu cho biểu mẫu</strong>: tạo tệp dữ liệu để tiện ích trình duyệt tự điền các biểu mẫu đăng ký.</li>
</ol>
<p>Tiện ích chỉ viết lại các trang do chính nó tạo ra (nhận biết bằng dấu riêng, không theo tên): trang trùng tên của bạn,
ghi chú, màu, công thức và số liệu bạn gõ được giữ nguyên.</p>
<p>Ngày ghi theo dạng ngày/tháng/năm (ví dụ 05/09/2025); bảng tính nên đặt khu vực Việt Nam (tiện ích sẽ hỏi nếu chưa).
Cột được tìm theo tên, kể cả tên quen dùng (“Họ tên”, “SĐT”, “E-mail”); cách viết như “Thạc sỹ”, “Cử nhân”, “Trung cấp LLCT”,
“Bậc 3”, “Ủy viên BCH”, “Bán chuyên trách” đều được hiểu. Một ô sai không làm mất cả dòng: người đó vẫn được tính ở chỉ tiêu
không cần ô ấy, và ghi “Thiếu dữ liệu” ở chỉ tiêu cần ô ấy. Thêm, sửa hay bỏ chỉ tiêu ngay trên trang Chỉ tiêu, không cần sửa mã.
Mỗi lần chỉ một thao tác được chạy trên bảng tính.</p>
`;

export function showHelp(): void {
  showDialog("Hướng dẫn", helpHtml, { width: 600, height: 480 });
}
