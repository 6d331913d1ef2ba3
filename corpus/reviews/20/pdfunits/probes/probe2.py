import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract
H = "UBND TỈNH TÂN GIANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 5/KH-SGDĐT Tân Giang, ngày 02 tháng 10 năm 2025\nKẾ HOẠCH\nThử\nI. MỤC ĐÍCH\nAbc.\nII. TỔ CHỨC THỰC HIỆN\n"
for body in [
 "Trưởng các phòng thuộc Sở, Hiệu trưởng các trường THPT, Giám đốc các trung tâm GDNN-GDTX căn cứ Kế hoạch này tổ chức thực hiện./.\n",
 "Hiệu trưởng các trường THPT căn cứ Kế hoạch này tổ chức thực hiện./.\n",
 "Các trường THPT căn cứ Kế hoạch này tổ chức thực hiện./.\n",
 "1. Phòng Giáo dục Trung học\n+ Phối hợp với Phòng Giáo dục thường xuyên kiểm tra các trung tâm GDNN-GDTX.\n",
 "1. Phòng Chính trị, tư tưởng và Công tác học sinh\n- Chủ trì tổ chức Hội thi.\n",
 "1. Bộ phận chuyên môn Mầm non\nHướng dẫn các trường mầm non điều tra.\n",
]:
    d = extract(text=H + body)
    print(sorted({(r.unit, r.role) for r in d.responsibilities}))
